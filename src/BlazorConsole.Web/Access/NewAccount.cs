namespace BlazorConsole.Web.Access;

/// <summary>An account an administrator adds: its user name, its role and a temporary password.</summary>
public sealed record NewAccount(string UserName, string Role, string Password);
