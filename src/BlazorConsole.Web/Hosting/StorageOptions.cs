namespace BlazorConsole.Web.Hosting;

/// <summary>
/// The <c>Storage</c> section: the data folder that holds the SQLite file (by default), generated
/// reports and the self-signed HTTPS certificate. A relative path is resolved against the content root.
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public string DataFolder { get; set; } = "data";

    /// <summary>The data folder as an absolute path.</summary>
    public string ResolveDataFolder(string contentRoot) =>
        Path.IsPathRooted(DataFolder) ? DataFolder : Path.GetFullPath(Path.Combine(contentRoot, DataFolder));
}
