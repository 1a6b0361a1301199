using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Core.Tests.Integrations;

public sealed class AutotaskIntegrationServiceTests
{
    private readonly AutotaskHarness _h = new();

    [Fact]
    public async Task Create_RightsMissing_SavesNothingAndReturnsTheReport()
    {
        var result = await _h.Integrations.CreateAsync(AutotaskHarness.Input(FakeAutotaskConnector.LimitedUser), "alice", saveDraft: false, CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Null(result.Value!.Saved);
        var missing = Assert.Single(result.Value!.Report!.Missing);
        Assert.Equal(AutotaskRight.EditTickets, missing.Right);
        Assert.Empty(_h.Stores.Integrations);
    }

    [Fact]
    public async Task Create_WrongSecret_FailsAndSavesNothing()
    {
        var input = AutotaskHarness.Input();
        input.Secret = "wrong";

        var result = await _h.Integrations.CreateAsync(input, "alice", saveDraft: false, CancellationToken.None);

        Assert.Equal(AutotaskErrors.CredentialsRejectedCode, result.Error?.Code);
        Assert.Empty(_h.Stores.Integrations);
    }

    [Fact]
    public async Task Create_AllGranted_SavesValidatedWithEncryptedSecrets()
    {
        var result = await _h.Integrations.CreateAsync(AutotaskHarness.Input(), "alice", saveDraft: false, CancellationToken.None);

        var saved = result.Value!.Saved!;
        Assert.Equal(AutotaskIntegrationStatus.Validated, saved.Status);
        Assert.True(saved.SecretSet);
        var row = _h.Stores.Integrations[saved.Id];
        Assert.NotEqual(FakeAutotaskConnector.Secret, row.ProtectedSecret);
        Assert.Equal(FakeAutotaskConnector.Secret, _h.Secrets.Unprotect(row.ProtectedSecret!));
        Assert.Equal(FakeAutotaskConnector.Code, _h.Secrets.Unprotect(row.ProtectedIntegrationCode!));
        Assert.Equal("America East", row.ZoneName);
        Assert.Equal(_h.Time.GetUtcNow().UtcDateTime, row.ValidatedAt);
    }

    [Fact]
    public async Task Create_Draft_SavesWithoutContactingAutotaskEvenWithoutSecrets()
    {
        var input = AutotaskHarness.Input();
        input.Secret = null;

        var result = await _h.Integrations.CreateAsync(input, "alice", saveDraft: true, CancellationToken.None);

        Assert.Equal(AutotaskIntegrationStatus.Draft, result.Value!.Saved!.Status);
        Assert.False(result.Value!.Saved.SecretSet);
        Assert.Empty(_h.Connector.Checked);
        Assert.Equal(AutotaskIntegrationErrors.NotValidatedCode, (await _h.Integrations.ConnectAsync(result.Value!.Saved.Id, CancellationToken.None)).Error?.Code);
    }

    [Fact]
    public async Task Create_BlankName_IsRefusedBeforeAnyCall()
    {
        var input = AutotaskHarness.Input();
        input.Name = "  ";

        var result = await _h.Integrations.CreateAsync(input, "alice", saveDraft: false, CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Contains("name", result.Error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(_h.Connector.Checked);
    }

    [Fact]
    public async Task UpdateCredentials_NewUserLackingRights_RevalidatesAndChangesNothing()
    {
        var id = await _h.CreateValidatedAsync();
        var before = _h.Stores.Integrations[id].UserName;
        var input = AutotaskHarness.Input(FakeAutotaskConnector.LimitedUser);
        input.Secret = null;

        var result = await _h.Integrations.UpdateCredentialsAsync(id, input, "bob", saveDraft: false, CancellationToken.None);

        Assert.Null(result.Value!.Saved);
        Assert.False(result.Value!.Report!.AllGranted);
        Assert.Equal(before, _h.Stores.Integrations[id].UserName);
        Assert.Equal(FakeAutotaskConnector.LimitedUser, _h.Connector.Checked[^1].UserName);
        Assert.Equal(FakeAutotaskConnector.Secret, _h.Connector.Checked[^1].Secret);
    }

    [Fact]
    public async Task UpdateCredentials_DraftWithSufficientUser_BecomesValidated()
    {
        var draft = await _h.Integrations.CreateAsync(AutotaskHarness.Input(FakeAutotaskConnector.LimitedUser), "alice", saveDraft: true, CancellationToken.None);
        var input = AutotaskHarness.Input();
        input.Secret = null;
        input.IntegrationCode = null;

        var result = await _h.Integrations.UpdateCredentialsAsync(draft.Value!.Saved!.Id, input, "bob", saveDraft: false, CancellationToken.None);

        Assert.Equal(AutotaskIntegrationStatus.Validated, result.Value!.Saved!.Status);
        Assert.Equal(FakeAutotaskConnector.FullUser, _h.Stores.Integrations[draft.Value.Saved.Id].UserName);
    }

    [Fact]
    public async Task UpdateSettings_LimitBelowTheMappedCount_IsRefused()
    {
        var id = await _h.CreateValidatedAsync();
        _h.Autotask.AddCompany(175, "Contoso Ltd");
        _h.Autotask.AddCompany(178, "Fabrikam, Inc.");
        await _h.Mapping.MapAsync(id, _h.Tenant("Contoso").Id, 175, null, "alice", CancellationToken.None);
        await _h.Mapping.MapAsync(id, _h.Tenant("Fabrikam").Id, 178, null, "alice", CancellationToken.None);
        var settings = AutotaskUsageSettings.From(_h.Stores.Integrations[id]);
        settings.ManagedAccountsLimit = 1;

        var result = await _h.Integrations.UpdateSettingsAsync(id, settings, "alice", CancellationToken.None);

        Assert.Equal(AutotaskIntegrationErrors.LimitBelowMappedCode, result.Error?.Code);
        Assert.Equal(3, _h.Stores.Integrations[id].ManagedAccountsLimit);
    }
}
