namespace BlazorConsole.Core.Ksc;

/// <summary>Facts of the Kaspersky Security Center Open API that the whole product shares.</summary>
public static class KscDefaults
{
    /// <summary>The port of the KSC Open API (KSC's default).</summary>
    public const int Port = 13299;

    /// <summary>The administration group folder that holds every tenant's folder.</summary>
    public const string MultitenancyFolderName = "Multitenancy KSV LA";
}
