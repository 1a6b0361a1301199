namespace BlazorConsole.Data.Access;

/// <summary>An account's tenant scope; an account without a row covers all tenants (the bootstrap administrator, older accounts).</summary>
internal sealed class AccountScopeRow
{
    public string UserId { get; set; } = string.Empty;

    public bool AllTenants { get; set; }
}
