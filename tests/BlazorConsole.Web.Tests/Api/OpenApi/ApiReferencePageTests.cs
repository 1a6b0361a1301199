using BlazorConsole.Web.Api.OpenApi;
using BlazorConsole.Web.Components.Pages.Reference;
using BlazorConsole.Web.Tests.Common;
using Bunit;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using MudBlazor.Services;

namespace BlazorConsole.Web.Tests.Api.OpenApi;

public sealed class ApiReferencePageTests : BunitContext, IClassFixture<ConsoleFactory>, IAsyncLifetime
{
    private readonly ConsoleFactory _factory;

    public ApiReferencePageTests(ConsoleFactory factory)
    {
        _factory = factory;
        Services.AddMudServices();
        Services.AddLogging();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>MudBlazor registers services that only dispose asynchronously; xunit 2 would call the synchronous Dispose.</summary>
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    [Fact]
    public void Render_RealDocument_ShowsMethodsGroupedByTagWithCodesAndExamples()
    {
        Services.AddSingleton(_factory.Services.GetRequiredService<ApiReferenceReader>());

        var cut = Render<ApiReferencePage>();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("section")), TimeSpan.FromSeconds(10));
        var sections = cut.FindAll("section").Select(s => s.GetAttribute("aria-label")).ToList();
        Assert.Equal(["Tasks", "Tenants", "VirtualMachines"], sections.Where(s => s is "Tasks" or "Tenants" or "VirtualMachines"));
        Assert.Contains("/api/2.0/virtualization/tenants/{tenantId}/vms/register", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Register a tenant virtual machine", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("VIRMT_VmWithSpecifiedBiosIdAlreadyExists", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("VIRMT_InvalidViisAddressFormat", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("&lt;vm biosId=", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("removeTenantArtifacts", cut.Markup, StringComparison.Ordinal);
        Assert.NotEmpty(cut.FindAll("tr[data-testid=status-405]"));
        Assert.Equal("/openapi/v2.json", cut.Find("a[aria-label='openapi/v2.json, the raw OpenAPI document (JSON)']").GetAttribute("href"));
    }

    [Fact]
    public void Render_DocumentWithoutMethods_ShowsTheEmptyState()
    {
        Services.AddSingleton(new ApiReferenceReader(new StubProvider(new OpenApiDocument { Paths = [] })));

        var cut = Render<ApiReferencePage>();

        cut.WaitForAssertion(() => Assert.Contains("No REST methods are mapped", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("section"));
    }

    [Fact]
    public void Render_DocumentFails_ShowsErrorWithRetryThatRecovers()
    {
        var provider = new StubProvider(null, new StubProvider.Step(Failure: true), new StubProvider.Step(Failure: false));
        Services.AddSingleton(new ApiReferenceReader(provider));

        var cut = Render<ApiReferencePage>();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[role=alert]")));
        Assert.DoesNotContain("stub failure", cut.Markup, StringComparison.Ordinal);
        cut.Find("button[aria-label=Retry]").Click();
        cut.WaitForAssertion(() => Assert.Contains("No REST methods are mapped", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[role=alert]"));
    }

    /// <summary>A document provider that fails or answers, step by step, then keeps answering.</summary>
    private sealed class StubProvider(OpenApiDocument? document, params StubProvider.Step[] steps) : IOpenApiDocumentProvider
    {
        private readonly Queue<Step> _steps = new(steps);

        public Task<OpenApiDocument> GetOpenApiDocumentAsync(CancellationToken cancellationToken = default)
        {
            if (_steps.TryDequeue(out var step) && step.Failure)
            {
                throw new InvalidOperationException("stub failure");
            }

            return Task.FromResult(document ?? new OpenApiDocument { Paths = [] });
        }

        public sealed record Step(bool Failure);
    }
}
