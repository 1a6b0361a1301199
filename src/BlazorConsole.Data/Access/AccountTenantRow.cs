namespace BlazorConsole.Data.Access;

/// <summary>One tenant an account with a chosen set covers (the account × tenant table).</summary>
internal sealed class AccountTenantRow
{
    public string UserId { get; set; } = string.Empty;

    public Guid TenantId { get; set; }
}
