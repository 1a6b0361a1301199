namespace BlazorConsole.Core.Hierarchy;

/// <summary>The proxy a secondary goes through to reach its primary. <see cref="ToString"/> leaves the password out.</summary>
/// <param name="Address"><c>host:port</c> of the proxy.</param>
/// <param name="UserName">Proxy account; empty when the proxy needs none.</param>
/// <param name="Password">Its password, in memory only.</param>
public sealed record HierarchyProxy(string Address, string UserName, string Password)
{
    public override string ToString() => string.IsNullOrEmpty(UserName) ? Address : $"{UserName}@{Address}";
}
