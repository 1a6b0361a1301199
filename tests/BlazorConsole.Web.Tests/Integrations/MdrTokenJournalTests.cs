using System.Text;
using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Web.Integrations;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging.Abstractions;

namespace BlazorConsole.Web.Tests.Integrations;

public sealed class MdrTokenJournalTests : IDisposable
{
    private const string RefreshToken = "eyJhbGciOiJIUzI1NiJ9.refresh-token-body-41.signature";
    private const string AccessToken = "eyJhbGciOiJIUzI1NiJ9.access-token-body-41.signature";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"mdr-journal-{Guid.NewGuid():N}");
    private readonly EphemeralDataProtectionProvider _keys = new();
    private readonly Guid _connection = Guid.NewGuid();

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Append_ThenFind_ReturnsTheEntry_AndRemoveForgetsIt()
    {
        var journal = Journal(_keys);
        var entry = Entry(baseVersion: 4);

        await journal.AppendAsync(entry, CancellationToken.None);
        var found = await Journal(_keys).FindAsync(_connection, 4, CancellationToken.None);
        var otherVersion = await journal.FindAsync(_connection, 5, CancellationToken.None);
        await journal.RemoveAsync(_connection, 4, CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal((entry.ProtectedRefreshToken, entry.ProtectedAccessToken, entry.AccessTokenExpires, entry.BaseVersion), (found.ProtectedRefreshToken, found.ProtectedAccessToken, found.AccessTokenExpires, found.BaseVersion));
        Assert.Equal(["Contoso MDR"], found.Profile.TenantNames);
        Assert.Null(otherVersion);
        Assert.Null(await journal.FindAsync(_connection, 4, CancellationToken.None));
    }

    [Fact]
    public async Task Append_WritesOneEncryptedFile_WithoutTheTokenText()
    {
        await Journal(_keys).AppendAsync(Entry(baseVersion: 1), CancellationToken.None);

        var file = Assert.Single(Directory.GetFiles(_folder));
        var text = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file));
        Assert.DoesNotContain("refresh-token-body", text, StringComparison.Ordinal);
        Assert.DoesNotContain("access-token-body", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Contoso", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Append_SameVersionTwice_KeepsTheLatestPair()
    {
        var journal = Journal(_keys);
        await journal.AppendAsync(Entry(baseVersion: 2), CancellationToken.None);
        await journal.AppendAsync(Entry(baseVersion: 2) with { ProtectedRefreshToken = "second" }, CancellationToken.None);

        Assert.Equal("second", (await journal.FindAsync(_connection, 2, CancellationToken.None))?.ProtectedRefreshToken);
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task Find_EntryOfAnotherKeyRing_IsNotRead()
    {
        await Journal(_keys).AppendAsync(Entry(baseVersion: 1), CancellationToken.None);

        Assert.Null(await Journal(new EphemeralDataProtectionProvider()).FindAsync(_connection, 1, CancellationToken.None));
    }

    [Fact]
    public async Task RemoveAll_ForgetsOnlyThatConnection()
    {
        var journal = Journal(_keys);
        var other = Guid.NewGuid();
        await journal.AppendAsync(Entry(baseVersion: 1), CancellationToken.None);
        await journal.AppendAsync(Entry(baseVersion: 2), CancellationToken.None);
        await journal.AppendAsync(Entry(baseVersion: 1) with { ConnectionId = other }, CancellationToken.None);

        await journal.RemoveAllAsync(_connection, CancellationToken.None);

        Assert.Null(await journal.FindAsync(_connection, 1, CancellationToken.None));
        Assert.Null(await journal.FindAsync(_connection, 2, CancellationToken.None));
        Assert.NotNull(await journal.FindAsync(other, 1, CancellationToken.None));
    }

    private FileMdrTokenJournal Journal(IDataProtectionProvider keys) => new(_folder, keys, NullLogger<FileMdrTokenJournal>.Instance);

    private MdrTokenJournalEntry Entry(long baseVersion) => new(
        _connection,
        baseVersion,
        AccessToken,
        RefreshToken,
        new DateTimeOffset(2026, 11, 23, 11, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 12, 23, 10, 0, 0, TimeSpan.Zero),
        new MdrConnectionProfile("Console API", MdrRole.SecurityOfficer, ["Contoso MDR"]),
        new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
}
