using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Core.Tenants;

namespace BlazorConsole.Core.Tests.Integrations.Mdr;

public sealed class MdrConnectionServiceTests
{
    private readonly MdrHarness _h = new();

    [Theory]
    [InlineData("", "a.b.c", null)]
    [InlineData("client id", "a.b.c", null)]
    [InlineData("abc", "", null)]
    [InlineData("abc", "not-a-jwt", null)]
    [InlineData("abc", "a.b", null)]
    [InlineData("abc", "a.b.c", "http://mdr.example/api")]
    [InlineData("abc", "a.b.c", "mdr.example/api")]
    public async Task Connect_BadInput_RefusedWithoutSpendingAnything(string clientId, string token, string? baseUrl)
    {
        var created = await _h.Integrations.CreateAsync(AutotaskHarness.Input(), "alice", saveDraft: false, CancellationToken.None);

        var result = await _h.Connections.ConnectAsync(created.Value!.Saved!.Id, new MdrConnectionInput(clientId, token, baseUrl), "alice", CancellationToken.None);

        Assert.Equal(MdrErrors.InvalidInputCode, result.Error?.Code);
        Assert.Empty(_h.Mdr.Exchanges);
        Assert.Empty(_h.Stores.Connections);
    }

    [Fact]
    public async Task Connect_SpendsTheTokenAndStoresTheNewPairEncrypted()
    {
        await _h.ConnectAsync();

        var view = await _h.Connections.GetByIntegrationAsync(_h.IntegrationId, CancellationToken.None);
        var row = _h.Connection;
        Assert.Equal((FakeMdrClient.ConnectionName, MdrConnectionStatus.Connected, 1L), (view!.ConnectionName, view.Status, row.TokenVersion));
        Assert.StartsWith("protected:", row.ProtectedRefreshToken, StringComparison.Ordinal);
        Assert.Equal(new Uri("https://mdr.example/api/v1"), row.BaseUrl);
        Assert.Single(_h.Mdr.Exchanges, e => e.Accepted);
    }

    [Fact]
    public async Task Connect_TokenRefused_StoresNothing()
    {
        var created = await _h.Integrations.CreateAsync(AutotaskHarness.Input(), "alice", saveDraft: false, CancellationToken.None);

        var result = await _h.Connections.ConnectAsync(created.Value!.Saved!.Id, new MdrConnectionInput(FakeMdrClient.ClientId, "eyJ.never-issued.sig"), "alice", CancellationToken.None);

        Assert.Equal(MdrErrors.RefreshTokenRejectedCode, result.Error?.Code);
        Assert.Empty(_h.Stores.Connections);
    }

    [Fact]
    public async Task Connect_SecondConnectionOfTheIntegration_Refused()
    {
        await _h.ConnectAsync();

        var second = await _h.Connections.ConnectAsync(_h.IntegrationId, new MdrConnectionInput(FakeMdrClient.ClientId, _h.Mdr.IssueRefreshToken()), "alice", CancellationToken.None);

        Assert.Equal(MdrErrors.ConnectionExistsCode, second.Error?.Code);
    }

    [Fact]
    public async Task ReplaceToken_AfterRejection_ReconnectsAndKeepsMappingsRulesAndCursor()
    {
        await _h.ConnectAsync(MdrHarness.TicketEverything());
        await _h.MapAsync();
        _h.Stores.Connections[_h.ConnectionId].Cursor = _h.Time.GetUtcNow();
        _h.Mdr.Revoke();
        _h.Time.Advance(TimeSpan.FromMinutes(59));
        Assert.False((await _h.Keeper.GetSessionAsync(_h.ConnectionId, CancellationToken.None)).IsSuccess);

        var replaced = await _h.Connections.ReplaceTokenAsync(_h.ConnectionId, new MdrConnectionInput(FakeMdrClient.ClientId, _h.Mdr.IssueRefreshToken()), "bob", CancellationToken.None);

        Assert.True(replaced.IsSuccess, replaced.Error?.Message);
        Assert.Equal(MdrConnectionStatus.Connected, replaced.Value.Status);
        Assert.Equal("bob", _h.Connection.UpdatedBy);
        Assert.Single(_h.Stores.Mappings);
        Assert.True(_h.Connection.Ticketing.Rules.All(r => r.CreateTicket));
        Assert.NotNull(_h.Connection.Cursor);
        Assert.True((await _h.Keeper.GetSessionAsync(_h.ConnectionId, CancellationToken.None)).IsSuccess);
    }

    [Fact]
    public async Task SaveTicketing_RuleWithoutQueue_RefusedAndNothingChanges()
    {
        await _h.ConnectAsync();
        var everything = MdrHarness.TicketEverything();
        var bad = everything with { Rules = [.. everything.Rules.Select(r => r.Priority == MdrPriority.High ? r with { QueueId = null } : r)] };

        var result = await _h.Connections.SaveTicketingAsync(_h.ConnectionId, bad, "alice", CancellationToken.None);

        Assert.Equal(MdrErrors.InvalidInputCode, result.Error?.Code);
        Assert.Contains("queue", result.Error!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_h.Connection.Ticketing.Rules, r => r.CreateTicket);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(MdrTicketRule.MaxDueHours + 1, 0)]
    [InlineData(24, -1)]
    [InlineData(24, MdrTicketRule.MaxDelayMinutes + 1)]
    public async Task SaveTicketing_LimitsOutOfRange_Refused(int dueHours, int delay)
    {
        await _h.ConnectAsync();
        var everything = MdrHarness.TicketEverything();
        var bad = everything with { Rules = [.. everything.Rules.Select(r => r with { DueHours = dueHours, DelayMinutes = delay })] };

        Assert.Equal(MdrErrors.InvalidInputCode, (await _h.Connections.SaveTicketingAsync(_h.ConnectionId, bad, "alice", CancellationToken.None)).Error?.Code);
    }

    [Fact]
    public async Task SaveTicketing_TwoRulesForOneSeverity_Refused()
    {
        await _h.ConnectAsync();
        var everything = MdrHarness.TicketEverything();
        var bad = everything with { Rules = [everything.Rules[0], everything.Rules[1], everything.Rules[1]] };

        var result = await _h.Connections.SaveTicketingAsync(_h.ConnectionId, bad, "alice", CancellationToken.None);

        Assert.Equal(MdrErrors.InvalidInputCode, result.Error?.Code);
    }

    [Fact]
    public async Task MapTenant_OneToOneBothWays()
    {
        await _h.ConnectAsync();
        var contoso = await _h.MapAsync();
        var fabrikam = _h.Tenants.Seed("Fabrikam", TenantType.Simple);

        var sameConsoleTenant = await _h.Connections.MapTenantAsync(_h.ConnectionId, "Other MDR", contoso.Id, "alice", CancellationToken.None);
        var remapped = await _h.Connections.MapTenantAsync(_h.ConnectionId, MdrHarness.MdrTenant, fabrikam.Id, "alice", CancellationToken.None);
        var missingTenant = await _h.Connections.MapTenantAsync(_h.ConnectionId, "Other MDR", Guid.NewGuid(), "alice", CancellationToken.None);

        Assert.Equal(MdrErrors.TenantAlreadyMappedCode, sameConsoleTenant.Error?.Code);
        Assert.True(remapped.IsSuccess);
        Assert.Equal(AutotaskIntegrationErrors.TenantNotFoundCode, missingTenant.Error?.Code);
        Assert.Equal(fabrikam.Id, Assert.Single(_h.Stores.Mappings).TenantId);
    }

    [Fact]
    public async Task MapTenant_OutsideTheTokensScope_Refused()
    {
        _h.Mdr.Scope = ["Contoso MDR"];
        await _h.ConnectAsync();
        var tenant = _h.Tenants.Seed("Fabrikam", TenantType.Simple);

        var result = await _h.Connections.MapTenantAsync(_h.ConnectionId, "Fabrikam MDR", tenant.Id, "alice", CancellationToken.None);

        Assert.Equal(MdrErrors.MdrTenantUnknownCode, result.Error?.Code);
    }

    [Fact]
    public async Task ListTenants_FromAssetsAndIncidents_WithMappingAndCompany()
    {
        await _h.ConnectAsync();
        _h.Mdr.Assets.Add(new MdrAsset("a1", "host-1", "Fabrikam MDR", "ok", null, null));
        _h.Mdr.Put("INC-1", MdrPriority.Low, MdrIncidentStatus.Open, _h.Time.GetUtcNow());
        await _h.SyncAsync();
        await _h.MapAsync();

        var rows = await _h.Connections.ListTenantsAsync(_h.ConnectionId, CancellationToken.None);

        Assert.Collection(
            rows.Value!,
            contoso => Assert.Equal((MdrHarness.MdrTenant, "Contoso", MdrHarness.CompanyId, "Contoso Ltd"), (contoso.MdrTenantName, contoso.TenantName, contoso.CompanyId!.Value, contoso.CompanyName)),
            fabrikam => Assert.Equal(("Fabrikam MDR", (Guid?)null), (fabrikam.MdrTenantName, fabrikam.TenantId)));
    }

    [Fact]
    public async Task ListTenants_TokenWithScope_IsTheScope()
    {
        _h.Mdr.Scope = ["Zeta", "Alpha"];
        await _h.ConnectAsync();

        var rows = await _h.Connections.ListTenantsAsync(_h.ConnectionId, CancellationToken.None);

        Assert.Equal(["Alpha", "Zeta"], rows.Value!.Select(r => r.MdrTenantName));
    }

    [Fact]
    public async Task Test_CountsIncidentsAndAssets()
    {
        await _h.ConnectAsync();
        _h.Mdr.Assets.Add(new MdrAsset("a1", "host-1", "Fabrikam MDR", "ok", null, null));
        _h.Mdr.Put("INC-1", MdrPriority.Low, MdrIncidentStatus.Open, _h.Time.GetUtcNow());

        var test = await _h.Connections.TestAsync(_h.ConnectionId, CancellationToken.None);

        Assert.Equal((1, 1, FakeMdrClient.ConnectionName), (test.Value!.IncidentCount, test.Value.AssetCount, test.Value.Profile.ConnectionName));
        Assert.Equal(["Fabrikam MDR"], test.Value.TenantNames);
    }

    [Fact]
    public async Task GetTicketChoices_ReadsTheFivePicklistsThroughTheIntegration()
    {
        await _h.ConnectAsync();

        var choices = await _h.Connections.GetTicketChoicesAsync(_h.ConnectionId, CancellationToken.None);

        Assert.Equal("queueID one", choices.Value!.Queues[0].Label);
        Assert.Equal("subIssueType two", choices.Value.SubIssueTypes[1].Label);
    }

    [Fact]
    public async Task Delete_RemovesTheConnectionWithItsRecords()
    {
        await _h.ConnectAsync();
        await _h.MapAsync();
        _h.Mdr.Put("INC-1", MdrPriority.Low, MdrIncidentStatus.Open, _h.Time.GetUtcNow());
        await _h.SyncAsync();

        Assert.True((await _h.Connections.DeleteAsync(_h.ConnectionId, "alice", CancellationToken.None)).IsSuccess);

        Assert.Empty(_h.Stores.Connections);
        Assert.Empty(_h.Stores.Mappings);
        Assert.Empty(_h.Stores.Incidents);
        Assert.Equal(MdrErrors.ConnectionNotFoundCode, (await _h.Connections.DeleteAsync(_h.ConnectionId, "alice", CancellationToken.None)).Error?.Code);
    }
}
