using BlazorConsole.Core.Ksc;
using BlazorConsole.Data.Ksc;
using BlazorConsole.Data.Tests.Common;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.Tests.Ksc;

public sealed class KscConnectionStoreTests : IDisposable
{
    private const string Password = "Ksc-Clear-Passw0rd!";

    private readonly TestDatabase _database = new();
    private readonly KscConnectionStore _store;
    private readonly IDataProtector _protector = new EphemeralDataProtectionProvider().CreateProtector("tests");

    public KscConnectionStoreTests() => _store = new KscConnectionStore(_database.Factory);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Get_NothingSaved_ReturnsNull()
    {
        Assert.Null(await _store.GetAsync(CancellationToken.None));
        Assert.False(await _store.DeleteAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Save_ThenGet_ReturnsEveryField()
    {
        var pinnedAt = new DateTime(2026, 11, 20, 8, 30, 15, DateTimeKind.Utc);
        var updated = new DateTime(2026, 11, 21, 9, 0, 0, DateTimeKind.Utc);
        await _store.SaveAsync(Connection("ksc.example.com", pinnedAt, updated), CancellationToken.None);

        var read = await _store.GetAsync(CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal("ksc.example.com", read.Address);
        Assert.Equal(13300, read.Port);
        Assert.Equal("integration", read.UserName);
        Assert.Equal(Password, _protector.Unprotect(read.ProtectedPassword));
        Assert.Equal("192.0.2.20", read.IntegrationServerAddress);
        Assert.Equal(new string('A', 64), read.PinnedThumbprint);
        Assert.Equal("admin", read.PinnedBy);
        Assert.Equal(pinnedAt, read.PinnedAt);
        Assert.Equal(DateTimeKind.Utc, read.PinnedAt!.Value.Kind);
        Assert.True(read.Tested);
        Assert.Equal("admin", read.UpdatedBy);
        Assert.Equal(updated, read.Updated);
    }

    [Fact]
    public async Task Save_Twice_ReplacesTheSingleRow()
    {
        await _store.SaveAsync(Connection("ksc-old.example.com", null, DateTime.UtcNow), CancellationToken.None);
        var second = Connection("ksc-new.example.com", null, DateTime.UtcNow);
        second.Tested = false;
        second.PinnedThumbprint = null;
        await _store.SaveAsync(second, CancellationToken.None);

        await using var db = _database.CreateContext();
        var row = Assert.Single(await db.KscConnections.ToListAsync());
        Assert.Equal("ksc-new.example.com", row.Address);
        Assert.False(row.Tested);
        Assert.Null(row.PinnedThumbprint);
    }

    [Fact]
    public async Task Delete_SavedRow_RemovesIt()
    {
        await _store.SaveAsync(Connection("ksc.example.com", null, DateTime.UtcNow), CancellationToken.None);

        Assert.True(await _store.DeleteAsync(CancellationToken.None));

        Assert.Null(await _store.GetAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Save_PasswordColumn_HoldsCiphertextNotTheClearPassword()
    {
        await _store.SaveAsync(Connection("ksc.example.com", null, DateTime.UtcNow), CancellationToken.None);

        await using var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"ProtectedPassword\" FROM \"KscConnections\"";
        var stored = (string?)await command.ExecuteScalarAsync();

        Assert.NotNull(stored);
        Assert.DoesNotContain(Password, stored, StringComparison.Ordinal);
        Assert.Equal(Password, _protector.Unprotect(stored));
    }

    [Fact]
    public async Task Insert_SecondRowWithAnotherId_IsRefusedByTheDatabase()
    {
        await using var db = _database.CreateContext();
        var other = Connection("ksc.example.com", null, DateTime.UtcNow);
        other.Id = 2;
        db.KscConnections.Add(other);

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    private KscConnection Connection(string address, DateTime? pinnedAt, DateTime updated) => new()
    {
        Address = address,
        Port = 13300,
        UserName = "integration",
        ProtectedPassword = _protector.Protect(Password),
        IntegrationServerAddress = "192.0.2.20",
        PinnedThumbprint = new string('A', 64),
        PinnedBy = "admin",
        PinnedAt = pinnedAt ?? updated,
        Tested = true,
        UpdatedBy = "admin",
        Updated = updated,
    };
}
