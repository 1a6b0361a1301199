using BlazorConsole.E2E.Common;

namespace BlazorConsole.E2E.Access;

/// <summary>
/// The console with OIDC sign-in against a <see cref="TestOidcProvider"/> whose group maps to Operator, and whose
/// user's other group is scoped to the tenant <see cref="ScopedTenant"/>.
/// </summary>
public sealed class OidcFixture : BrowserFixture, IAsyncLifetime
{
    public const string DisplayName = "Test provider";

    /// <summary>The one tenant the provider user's "some-other-group" covers.</summary>
    public const string ScopedTenant = "Oidc Acme";

    public TestOidcProvider Provider { get; } = new();

    protected override void Configure(ConsoleServer server)
    {
        Provider.StartAsync().GetAwaiter().GetResult();
        server.Settings["Oidc:Authority"] = Provider.Authority.ToString();
        server.Settings["Oidc:ClientId"] = TestOidcProvider.ClientId;
        server.Settings["Oidc:ClientSecret"] = TestOidcProvider.ClientSecret;
        server.Settings["Oidc:DisplayName"] = DisplayName;
        server.Settings["Oidc:RequireHttpsMetadata"] = "false";
        server.Settings[$"Oidc:RoleMappings:{TestOidcProvider.Group}"] = "Operator";
        server.Settings["Oidc:TenantScopes:some-other-group:0"] = ScopedTenant;
    }

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();

        // the client's redirect URIs hold the console's port, known once it started
        await Provider.RegisterClientAsync(Server.BaseAddress);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Provider.DisposeAsync();
    }
}
