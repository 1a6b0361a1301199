using BlazorConsole.Core.Access;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Core.VirtualMachines;
using BlazorConsole.Web.Tests.Components.Common;
using BlazorConsole.Web.Tests.Components.Tenants;

namespace BlazorConsole.Web.Tests.Access;

public sealed class VirtualMachineQueryScopeTests
{
    private readonly FakeTenantStore _tenants = new();
    private readonly InMemoryVirtualMachines _machines = new();

    [Fact]
    public async Task ListAndChart_TenantOutsideTheScope_AnswerTenantNotFoundAndReadNoVm()
    {
        var acme = _tenants.Add("Acme");
        var beta = _tenants.Add("Beta");
        _machines.Add(acme.Id, "acme-vm");
        _machines.Add(beta.Id, "beta-vm");
        var service = new VirtualMachineQueryService(_tenants, _machines, TimeProvider.System, new FixedScope(new AccessScope(ConsoleRoles.Auditor, false, new HashSet<Guid> { acme.Id })));

        var inScope = await service.ListAsync(new VirtualMachineQuery { TenantId = acme.Id }, CancellationToken.None);
        var outOfScope = await service.ListAsync(new VirtualMachineQuery { TenantId = beta.Id }, CancellationToken.None);
        var chart = await service.ProtectedPerDayAsync(beta.Id, 7, CancellationToken.None);

        Assert.Equal("acme-vm", Assert.Single(inScope.Value!.Items).Name);
        Assert.Equal(TenantErrors.NotFound(beta.Id).Code, outOfScope.Error!.Code);
        Assert.Equal(TenantErrors.NotFound(beta.Id).Code, chart.Error!.Code);
        Assert.DoesNotContain(_machines.ListQueries, q => q.TenantId == beta.Id);
    }

    [Fact]
    public async Task Timeline_VmOfATenantOutsideTheScopeOrOfNoTenant_IsNotFound()
    {
        var acme = _tenants.Add("Acme");
        var beta = _tenants.Add("Beta");
        var own = _machines.Add(acme.Id, "acme-vm");
        var other = _machines.Add(beta.Id, "beta-vm");
        var unregistered = Guid.NewGuid();
        foreach (var biosId in new[] { own.BiosId, other.BiosId, unregistered })
        {
            _machines.Periods.Add(new() { BiosId = biosId, Start = DateTime.UtcNow.AddDays(-2), End = DateTime.UtcNow.AddDays(-1) });
        }

        var scoped = new VirtualMachineQueryService(_tenants, _machines, TimeProvider.System, new FixedScope(new AccessScope(ConsoleRoles.Auditor, false, new HashSet<Guid> { acme.Id })));
        var everything = new VirtualMachineQueryService(_tenants, _machines, TimeProvider.System, new FixedScope(new AccessScope(ConsoleRoles.Auditor, true, new HashSet<Guid>())));

        Assert.Single((await scoped.TimelineAsync(own.BiosId, 7, CancellationToken.None)).Value!.Periods);
        Assert.Equal(VirtualMachineErrors.NotFoundCode, (await scoped.TimelineAsync(other.BiosId, 7, CancellationToken.None)).Error!.Code);
        Assert.Equal(VirtualMachineErrors.NotFoundCode, (await scoped.TimelineAsync(unregistered, 7, CancellationToken.None)).Error!.Code);
        Assert.Single((await everything.TimelineAsync(other.BiosId, 7, CancellationToken.None)).Value!.Periods);
        Assert.Single((await everything.TimelineAsync(unregistered, 7, CancellationToken.None)).Value!.Periods);
    }

    private sealed class FixedScope(AccessScope scope) : IAccessScope
    {
        public AccessScope Current => scope;
    }
}
