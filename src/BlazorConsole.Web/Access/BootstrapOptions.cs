namespace BlazorConsole.Web.Access;

/// <summary>The first administrator, created at start-up when no account exists (env <c>Bootstrap__AdminUserName</c>, …).</summary>
public sealed class BootstrapOptions
{
    public const string SectionName = "Bootstrap";

    public const string DefaultAdminUserName = "admin";

    public string? AdminUserName { get; set; }

    public string? AdminPassword { get; set; }
}
