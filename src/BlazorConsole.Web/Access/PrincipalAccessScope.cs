using BlazorConsole.Core.Access;

namespace BlazorConsole.Web.Access;

/// <summary>
/// <see cref="IAccessScope"/> of the principal the current work runs for: a page circuit's user while it handles an
/// event, else the HTTP request's user (REST calls, prerendering); background work outside both runs as the system.
/// </summary>
internal sealed class PrincipalAccessScope(IHttpContextAccessor http) : IAccessScope
{
    public AccessScope Current =>
        CircuitPrincipal.User is { } user ? ClaimsScope.Of(user)
        : http.HttpContext is { } context ? ClaimsScope.Of(context.User)
        : AccessScope.System;
}
