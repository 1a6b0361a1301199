using Microsoft.Playwright;

namespace BlazorConsole.E2E.Integrations;

/// <summary>The ticketing rules of an integration's MDR connection (/integrations/{id}/mdr/rules).</summary>
public sealed class MdrRulesEditorPage(IPage page)
{
    public ILocator Rules => page.GetByTestId("mdr-rule");

    public ILocator Save => page.GetByRole(AriaRole.Button, new() { Name = "Save rules" });

    public ILocator Notice => page.GetByTestId("integration-notice");

    public async Task GotoAsync(string integrationPath) => await page.GotoAsync($"{integrationPath}/mdr/rules");

    /// <summary>Turns ticket creation on for a severity (<c>high</c>, <c>normal</c>, <c>low</c>).</summary>
    public async Task CreateTicketsAsync(string severity) =>
        await page.GetByLabel($"Create tickets for {severity} incidents").CheckAsync();

    /// <summary>Chooses an option of one of a rule's picklists (<c>Queue</c>, <c>Ticket priority</c>, <c>Ticket status</c>, <c>Issue type</c>, <c>Sub-issue type</c>).</summary>
    public async Task ChooseAsync(string field, string severity, string option)
    {
        await page.GetByLabel($"{field} for {severity} incidents", new() { Exact = true }).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex($"^\\s*{System.Text.RegularExpressions.Regex.Escape(option)}\\s*$") }).ClickAsync();
    }

    public async Task DueHoursAsync(string severity, int hours) =>
        await page.GetByLabel($"Due hours for {severity} incidents").FillAsync(hours.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
