using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using BlazorConsole.Core.Integrations.Mdr;
using Microsoft.AspNetCore.DataProtection;

namespace BlazorConsole.Web.Integrations;

/// <summary>
/// The MDR token journal as files: one per entry, <c>{connection}.{baseVersion}.json.protected</c> under
/// <c>{DataFolder}/mdr-tokens/</c>, encrypted with Data Protection. An entry is written to a temporary file, flushed to
/// disk and renamed over its final name, so a crash leaves either no entry or a whole one (decision 0014).
/// </summary>
internal sealed partial class FileMdrTokenJournal(string folder, IDataProtectionProvider protection, ILogger<FileMdrTokenJournal> logger) : IMdrTokenJournal
{
    private const string Extension = ".json.protected";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly IDataProtector _protector = protection.CreateProtector("BlazorConsole.MdrTokenJournal.v1");

    public string Folder { get; } = folder;

    public async Task AppendAsync(MdrTokenJournalEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Directory.CreateDirectory(Folder);
        var bytes = _protector.Protect(JsonSerializer.SerializeToUtf8Bytes(entry, Json));
        var path = PathOf(entry.ConnectionId, entry.BaseVersion);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0, FileOptions.WriteThrough))
            {
                await stream.WriteAsync(bytes, cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public async Task<MdrTokenJournalEntry?> FindAsync(Guid connectionId, long baseVersion, CancellationToken cancellationToken)
    {
        var path = PathOf(connectionId, baseVersion);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var bytes = _protector.Unprotect(await File.ReadAllBytesAsync(path, cancellationToken));
            return JsonSerializer.Deserialize<MdrTokenJournalEntry>(bytes, Json);
        }
        catch (Exception exception) when (exception is CryptographicException or JsonException)
        {
            // unreadable (another key ring, a damaged disk): the pair is lost; the keeper then reports the token as lost
            LogUnreadable(logger, connectionId, baseVersion, exception.GetType().Name);
            return null;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    public Task RemoveAsync(Guid connectionId, long baseVersion, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(connectionId, baseVersion));
        return Task.CompletedTask;
    }

    public Task RemoveAllAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        if (Directory.Exists(Folder))
        {
            foreach (var file in Directory.EnumerateFiles(Folder, $"{connectionId:N}.*"))
            {
                File.Delete(file);
            }
        }

        return Task.CompletedTask;
    }

    private string PathOf(Guid connectionId, long baseVersion) =>
        Path.Combine(Folder, string.Create(CultureInfo.InvariantCulture, $"{connectionId:N}.{baseVersion}{Extension}"));

    [LoggerMessage(EventId = 7210, Level = LogLevel.Error, Message = "The MDR token journal entry of connection {ConnectionId} (version {BaseVersion}) cannot be read ({Reason})")]
    private static partial void LogUnreadable(ILogger logger, Guid connectionId, long baseVersion, string reason);
}
