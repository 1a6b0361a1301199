using BlazorConsole.Core.Ksc;

namespace BlazorConsole.Core.Tests.Tenants;

internal sealed class FakeKscConnectionStatus(bool configured) : IKscConnectionStatus
{
    public Task<bool> IsConfiguredAsync(CancellationToken cancellationToken) => Task.FromResult(configured);
}
