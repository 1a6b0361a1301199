namespace BlazorConsole.Core.Hierarchy;

/// <summary>Which side the add-secondary wizard works from.</summary>
public enum AddSecondaryDirection
{
    /// <summary>Register the secondary on the console's primary (and, when its address is given, configure it too).</summary>
    FromPrimary,

    /// <summary>Configure the future secondary to connect to a primary (the primary's address, port and certificate).</summary>
    FromSecondary,
}
