using Microsoft.Playwright;

namespace BlazorConsole.E2E.Integrations;

/// <summary>The synced incidents of an integration's MDR connection (/integrations/{id}/mdr/incidents).</summary>
public sealed class MdrIncidentListPage(IPage page)
{
    public ILocator SyncNow => page.GetByRole(AriaRole.Button, new() { Name = "Sync now" });

    public ILocator Notice => page.GetByTestId("integration-notice");

    public ILocator IncidentIds => page.GetByTestId("mdr-incident-id");

    public async Task GotoAsync(string integrationPath, string? search = null) =>
        await page.GotoAsync(search is null ? $"{integrationPath}/mdr/incidents" : $"{integrationPath}/mdr/incidents?q={Uri.EscapeDataString(search)}");

    /// <summary>The grid row of one incident.</summary>
    public ILocator Row(string incidentId) => page.Locator("tr").Filter(new() { Has = page.GetByTestId("mdr-incident-id").GetByText(incidentId, new() { Exact = true }) });

    public ILocator State(string incidentId) => Row(incidentId).GetByTestId("mdr-sync-state");

    public ILocator Ticket(string incidentId) => Row(incidentId).GetByTestId("mdr-ticket");

    public ILocator Notes(string incidentId) => Row(incidentId).GetByTestId("mdr-notes");

    public async Task SyncAsync() => await SyncNow.ClickAsync();
}
