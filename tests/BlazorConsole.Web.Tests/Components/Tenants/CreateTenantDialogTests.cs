using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Web.Components.Pages.Tenants;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace BlazorConsole.Web.Tests.Components.Tenants;

public sealed class CreateTenantDialogTests : TenantComponentTest
{
    [Fact]
    public async Task Create_EmptyNameAndBadAddress_ShowsTheValidatorsMessagesAndQueuesNothing()
    {
        var provider = await OpenAsync();

        Field(provider, "Preferred Integration Server address").Change("300.1.1.1");
        Button(provider, "Create").Click();

        provider.WaitForAssertion(() => Assert.Contains("The tenant name is required.", provider.Markup), Wait);
        Assert.Contains("must be an IPv4 address", provider.Markup);
        Assert.Empty(TaskRows.All);
    }

    [Fact]
    public async Task Create_SimpleTenant_QueuesTheTaskShowsItsProgressLiveAndLinksToTheTenant()
    {
        var provider = await OpenAsync();
        Field(provider, "Name").Change("  Acme  ");
        Field(provider, "Description").Change("First customer");

        Button(provider, "Create").Click();

        provider.WaitForAssertion(() => Assert.Contains("Queued", provider.Find("[data-testid=task-state]").TextContent), Wait);
        var task = Assert.Single(TaskRows.All);
        Assert.Equal(TaskTypes.CreateTenant, task.Type);
        var input = TaskContext.DeserializeInput<CreateTenantInput>(task.Input)!;
        Assert.Equal(("Acme", "First customer", TenantType.Simple), (input.Name, input.Description, input.Type));
        Assert.Equal("admin", task.CreatedBy);

        TaskRows.Update(task.Id, t => (t.State, t.Stage, t.Progress) = (TaskState.Running, CreateTenantTaskHandler.SavingStep, 50));
        provider.WaitForAssertion(() => Assert.Contains(CreateTenantTaskHandler.SavingStep, provider.Markup), Wait);

        var tenantId = Guid.NewGuid();
        TaskRows.Update(task.Id, t => (t.State, t.Progress, t.TenantId) = (TaskState.Completed, 100, tenantId));
        provider.WaitForAssertion(() => Assert.Equal($"/tenants/{tenantId}", provider.Find("a[href^='/tenants/']").GetAttribute("href")), Wait);
        Assert.Contains("Open tenant Acme", provider.Markup);
    }

    [Fact]
    public async Task Create_CompleteTenant_ShowsThePlanFirstAndQueuesOnlyOnConfirm()
    {
        var provider = await OpenAsync();
        provider.FindAll("input[type=radio]")[1].Click();
        provider.WaitForAssertion(() => Field(provider, "vKSC administrator name"), Wait);
        Field(provider, "Name").Change("Globex");
        Field(provider, "vKSC administrator name").Change("globex-admin");
        Field(provider, "vKSC administrator password").Change("S3cret-pass!");

        Button(provider, "Review the plan").Click();

        provider.WaitForAssertion(() => Assert.Equal(6, provider.FindAll("[data-testid=creation-plan] li").Count), Wait);
        var plan = provider.FindAll("[data-testid=creation-plan] li").Select(l => l.TextContent).ToList();
        Assert.Equal(CompleteTenantPlan.Describe("Globex", "globex-admin"), plan);
        Assert.Contains("Multitenancy KSV LA/Globex", plan[1], StringComparison.Ordinal);
        Assert.Empty(TaskRows.All);

        Button(provider, "Create").Click();

        provider.WaitForAssertion(() => Assert.Single(TaskRows.All), Wait);
        var input = TaskContext.DeserializeInput<CreateTenantInput>(TaskRows.All[0].Input)!;
        Assert.Equal((TenantType.Complete, "globex-admin"), (input.Type, input.AdminName));
        Assert.NotNull(input.ProtectedAdminPassword);
        Assert.DoesNotContain("S3cret-pass!", TaskRows.All[0].Input, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_CompleteTenantWithoutPassword_ShowsTheMessageAndNoPlan()
    {
        var provider = await OpenAsync();
        provider.FindAll("input[type=radio]")[1].Click();
        provider.WaitForAssertion(() => Field(provider, "vKSC administrator name"), Wait);
        Field(provider, "Name").Change("Globex");
        Field(provider, "vKSC administrator name").Change("globex-admin");

        Button(provider, "Review the plan").Click();

        provider.WaitForAssertion(() => Assert.Contains("needs the password of its virtual Administration Server administrator", provider.Markup), Wait);
        Assert.Empty(provider.FindAll("[data-testid=creation-plan]"));
    }

    [Fact]
    public async Task Create_TaskFails_ShowsTheErrorAndGoesBackToTheForm()
    {
        var provider = await OpenAsync();
        Field(provider, "Name").Change("Acme");
        Button(provider, "Create").Click();
        provider.WaitForAssertion(() => Assert.Single(TaskRows.All), Wait);

        TaskRows.Update(TaskRows.All[0].Id, t => (t.State, t.ErrorCode, t.ErrorMessage) = (TaskState.Failed, TenantErrors.NameAlreadyExistsCode, "A tenant named 'Acme' already exists."));

        provider.WaitForAssertion(() => Assert.Contains("already exists", provider.Find("[role=alert]").TextContent), Wait);
        Button(provider, "Back to the form").Click();
        provider.WaitForAssertion(() => Assert.Equal("Acme", Field(provider, "Name").GetAttribute("value")), Wait);
    }

    private async Task<IRenderedComponent<MudDialogProvider>> OpenAsync()
    {
        var provider = RenderDialogProvider();
        var dialogs = Services.GetRequiredService<IDialogService>();
        await provider.InvokeAsync(() => dialogs.ShowAsync<CreateTenantDialog>("New tenant"));
        provider.WaitForAssertion(() => Field(provider, "Name"), Wait);
        return provider;
    }
}
