namespace BlazorConsole.Core.Access;

/// <summary>The scope of background work and of services built without a principal (tests): everything.</summary>
public sealed class SystemAccessScope : IAccessScope
{
    public static SystemAccessScope Instance { get; } = new();

    public AccessScope Current => AccessScope.System;
}
