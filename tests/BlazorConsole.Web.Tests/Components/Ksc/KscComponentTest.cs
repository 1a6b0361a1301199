using BlazorConsole.Core.Common;
using BlazorConsole.Core.Ksc;
using BlazorConsole.Testing.Ksc;
using BlazorConsole.Web.Hosting;
using BlazorConsole.Web.Tests.Components.Common;
using Bunit;
using FluentValidation;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace BlazorConsole.Web.Tests.Components.Ksc;

/// <summary>The component base plus the KSC connection service over a fake store and a fake KSC server.</summary>
public abstract class KscComponentTest : ConsoleComponentTest
{
    protected static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    protected KscComponentTest()
    {
        // the base has resolved services already (authorization), so the KSC services come from a fallback provider
        var ksc = new ServiceCollection()
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton<ILoggerFactory>(new LoggerFactory([Logs]))
            .AddSingleton(typeof(ILogger<>), typeof(Logger<>))
            .AddSingleton(Secrets)
            .AddSingleton<IKscConnectionStore>(Store)
            .AddSingleton<IKscConnector>(Connector)
            .AddSingleton<IValidator<KscConnectionInput>, KscConnectionInputValidator>()
            .AddSingleton<KscConnectionMonitor>()
            .AddSingleton(Suggestion)
            .AddSingleton<KscConnectionService>()
            .BuildServiceProvider();
        Services.AddFallbackServiceProvider(ksc);
        Monitor = ksc.GetRequiredService<KscConnectionMonitor>();
    }

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    protected FakeKscConnectionStore Store { get; } = new();

    protected FakeKscConnector Connector { get; } = new();

    protected KscConnectionMonitor Monitor { get; }

    protected KscConnectionSuggestion Suggestion { get; } = new();

    protected ISecretProtector Secrets { get; } = new DataProtectionSecretProtector(new EphemeralDataProtectionProvider());

    /// <summary>Saved, working settings with the fake server's first certificate trusted by "alice".</summary>
    protected KscConnection SaveTrustedRow(bool tested = true)
    {
        Store.Row = new KscConnection
        {
            Address = "ksc.example.com",
            Port = KscDefaults.Port,
            UserName = Connector.UserName,
            ProtectedPassword = Secrets.Protect(Connector.Password),
            IntegrationServerAddress = "192.0.2.20",
            PinnedThumbprint = FakeKscConnector.First.Sha256Thumbprint,
            PinnedBy = "alice",
            PinnedAt = new DateTime(2026, 11, 20, 8, 30, 0, DateTimeKind.Utc),
            Tested = tested,
            UpdatedBy = "bob",
            Updated = new DateTime(2026, 11, 21, 9, 15, 0, DateTimeKind.Utc),
        };
        return Store.Row;
    }

    /// <summary>The dialog provider (where dialogs and message boxes render) beside the popover provider.</summary>
    protected IRenderedComponent<MudDialogProvider> RenderDialogProvider() => Render<MudDialogProvider>();

    /// <summary>The input of the form field labelled <paramref name="label"/>.</summary>
    protected static AngleSharp.Dom.IElement Field<T>(IRenderedComponent<T> cut, string label)
        where T : Microsoft.AspNetCore.Components.IComponent
    {
        var labelElement = cut.FindAll("label").First(l => l.TextContent.Trim() == label);
        return cut.Find($"#{labelElement.GetAttribute("for")}");
    }

    protected static void Click<T>(IRenderedComponent<T> cut, string text)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        cut.FindAll("button").First(b => b.TextContent.Trim() == text).Click();
}
