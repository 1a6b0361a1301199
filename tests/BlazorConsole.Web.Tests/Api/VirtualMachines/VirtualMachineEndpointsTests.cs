using System.Net;
using System.Xml.Linq;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Core.VirtualMachines;
using BlazorConsole.Web.Tests.Api.Common;
using BlazorConsole.Web.Tests.Common;

namespace BlazorConsole.Web.Tests.Api.VirtualMachines;

public sealed class VirtualMachineEndpointsTests(ConsoleFactory factory) : IClassFixture<ConsoleFactory>
{
    private readonly HttpClient _client = factory.CreateApiClient();

    [Fact]
    public async Task Register_NewBiosId_Returns200WithTheStoredVm()
    {
        var tenant = await factory.AddTenantAsync();
        var biosId = Guid.NewGuid();

        var response = await _client.PostXmlAsync($"/tenants/{tenant.Id}/vms/register",
            $"<vm biosId=\"{{{biosId.ToString().ToUpperInvariant()}}}\"><name>web-01</name><userData><![CDATA[rack=<7>]]></userData></vm>");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var vm = await response.ReadXmlAsync();
        Assert.Equal("vm", vm.Name.LocalName);
        Assert.True(Guid.TryParse((string?)vm.Attribute("id"), out _));
        Assert.Equal(biosId.ToString(), (string?)vm.Attribute("biosId"));
        ApiClient.AssertWireTime((string?)vm.Attribute("created"));
        ApiClient.AssertWireTime((string?)vm.Attribute("updated"));
        Assert.Equal("web-01", vm.Element("name")?.Value);
        Assert.Equal("rack=<7>", vm.Element("userData")?.Value);
        Assert.IsType<XCData>(vm.Element("userData")!.FirstNode);
    }

    [Fact]
    public async Task List_TenantWithVms_Returns200WithOnlyItsVms()
    {
        var tenant = await factory.AddTenantAsync();
        var other = await factory.AddTenantAsync();
        var first = await factory.AddVmAsync(tenant.Id, "a-vm");
        var second = await factory.AddVmAsync(tenant.Id, null);
        var foreign = await factory.AddVmAsync(other.Id);

        var response = await _client.GetApiAsync($"/tenants/{tenant.Id}/vms");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = await response.ReadXmlAsync();
        Assert.Equal("vms", root.Name.LocalName);
        var biosIds = root.Elements("vm").Select(v => (string?)v.Attribute("biosId")).ToList();
        Assert.Equal(2, biosIds.Count);
        Assert.Contains(first.BiosId.ToString(), biosIds);
        Assert.Contains(second.BiosId.ToString(), biosIds);
        Assert.DoesNotContain(foreign.BiosId.ToString(), biosIds);
        var unnamed = root.Elements("vm").Single(v => (string?)v.Attribute("biosId") == second.BiosId.ToString());
        Assert.Equal(string.Empty, unnamed.Element("name")?.Value);
        Assert.NotNull(unnamed.Element("userData"));
    }

    [Fact]
    public async Task List_TenantWithoutVms_Returns200WithEmptyList()
    {
        var tenant = await factory.AddTenantAsync();

        var root = await (await _client.GetApiAsync($"/tenants/{tenant.Id}/vms")).ReadXmlAsync();

        Assert.Equal("vms", root.Name.LocalName);
        Assert.Empty(root.Elements());
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("not-a-guid")]
    public async Task List_UnknownTenant_Returns404(string kind)
    {
        var id = kind == "unknown" ? Guid.NewGuid().ToString() : kind;

        var response = await _client.GetApiAsync($"/tenants/{id}/vms");

        await response.AssertErrorAsync(404, TenantErrors.NotFoundCode);
    }

    [Theory]
    [InlineData("<vm><name>x</name></vm>", "VIRMT_MandatoryParameterIsNotSpecified")]
    [InlineData("<vm biosId=\"\"/>", "VIRMT_MandatoryParameterIsNotSpecified")]
    [InlineData("<vm biosId=\"not-a-uuid\"/>", "VIRMT_InvalidBiosIdFormat")]
    [InlineData("<vm biosId=\"00000000-0000-0000-0000-000000000000\"/>", "VIRMT_InvalidBiosIdFormat")]
    [InlineData("<vm biosId=\"4c4c4544-0042-3510-8058-b4c04f4e3232\">", "VIRMT_InvalidRequestBody")]
    [InlineData("<tenant biosId=\"4c4c4544-0042-3510-8058-b4c04f4e3232\"/>", "VIRMT_InvalidRequestBody")]
    public async Task Register_BadBody_Returns400AndChangesNothing(string body, string code)
    {
        var tenant = await factory.AddTenantAsync();

        var response = await _client.PostXmlAsync($"/tenants/{tenant.Id}/vms/register", body);

        await response.AssertErrorAsync(400, code);
        Assert.Empty(await ListBiosIdsAsync(tenant.Id));
    }

    [Fact]
    public async Task Register_NameOverLimit_Returns400InvalidParameterValue()
    {
        var tenant = await factory.AddTenantAsync();

        var response = await _client.PostXmlAsync($"/tenants/{tenant.Id}/vms/register",
            $"<vm biosId=\"{Guid.NewGuid()}\"><name>{new string('n', VirtualMachine.NameMaxLength + 1)}</name></vm>");

        await response.AssertErrorAsync(400, "VIRMT_InvalidParameterValue");
        Assert.Empty(await ListBiosIdsAsync(tenant.Id));
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("not-a-guid")]
    public async Task Register_UnknownTenant_Returns404(string kind)
    {
        var id = kind == "unknown" ? Guid.NewGuid().ToString() : kind;

        var response = await _client.PostXmlAsync($"/tenants/{id}/vms/register", $"<vm biosId=\"{Guid.NewGuid()}\"/>");

        await response.AssertErrorAsync(404, TenantErrors.NotFoundCode);
    }

    [Fact]
    public async Task Register_DuplicateBiosIdInSameTenant_Returns409()
    {
        var tenant = await factory.AddTenantAsync();
        var vm = await factory.AddVmAsync(tenant.Id);

        var response = await _client.PostXmlAsync($"/tenants/{tenant.Id}/vms/register", $"<vm biosId=\"{vm.BiosId}\"><name>again</name></vm>");

        await response.AssertErrorAsync(409, VirtualMachineErrors.BiosIdAlreadyExistsCode);
        Assert.Single(await ListBiosIdsAsync(tenant.Id));
    }

    [Fact]
    public async Task Register_DuplicateBiosIdAcrossTenants_Returns409AndLeavesBothTenantsAsTheyWere()
    {
        var owner = await factory.AddTenantAsync();
        var other = await factory.AddTenantAsync();
        var vm = await factory.AddVmAsync(owner.Id);

        var response = await _client.PostXmlAsync($"/tenants/{other.Id}/vms/register", $"<vm biosId=\"{vm.BiosId.ToString().ToUpperInvariant()}\"/>");

        await response.AssertErrorAsync(409, VirtualMachineErrors.BiosIdAlreadyExistsCode);
        Assert.Empty(await ListBiosIdsAsync(other.Id));
        Assert.Equal([vm.BiosId.ToString()], await ListBiosIdsAsync(owner.Id));
    }

    [Fact]
    public async Task Unregister_ByBiosId_Returns200WithEmptyBodyAndRemovesTheVm()
    {
        var tenant = await factory.AddTenantAsync();
        var gone = await factory.AddVmAsync(tenant.Id);
        var kept = await factory.AddVmAsync(tenant.Id);

        var response = await _client.PostApiAsync($"/tenants/{tenant.Id}/vms/unregister?biosId={gone.BiosId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal([kept.BiosId.ToString()], await ListBiosIdsAsync(tenant.Id));
    }

    [Fact]
    public async Task Unregister_ByVmId_Returns200AndRemovesTheVm()
    {
        var tenant = await factory.AddTenantAsync();
        var gone = await factory.AddVmAsync(tenant.Id);

        var response = await _client.PostApiAsync($"/tenants/{tenant.Id}/vms/unregister?vmId={gone.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await ListBiosIdsAsync(tenant.Id));
    }

    [Fact]
    public async Task Unregister_RegisteredThroughTheApi_CanRegisterTheBiosIdAgain()
    {
        var tenant = await factory.AddTenantAsync();
        var biosId = Guid.NewGuid();
        var registered = await (await _client.PostXmlAsync($"/tenants/{tenant.Id}/vms/register", $"<vm biosId=\"{biosId}\"/>")).ReadXmlAsync();

        var response = await _client.PostApiAsync($"/tenants/{tenant.Id}/vms/unregister?vmId={registered.Attribute("id")!.Value}");
        var again = await _client.PostXmlAsync($"/tenants/{tenant.Id}/vms/register", $"<vm biosId=\"{biosId}\"/>");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Theory]
    [InlineData("", "VIRMT_MandatoryParameterIsNotSpecified")]
    [InlineData("?biosId=", "VIRMT_MandatoryParameterIsNotSpecified")]
    [InlineData("?biosId={0}&vmId={0}", "VIRMT_MandatoryParameterIsNotSpecified")]
    [InlineData("?biosId=not-a-uuid", "VIRMT_InvalidBiosIdFormat")]
    [InlineData("?vmId=not-a-uuid", "VIRMT_InvalidParameterValue")]
    [InlineData("?biosId=&vmId=not-a-uuid", "VIRMT_InvalidParameterValue")]
    public async Task Unregister_BadQuery_Returns400AndChangesNothing(string query, string code)
    {
        var tenant = await factory.AddTenantAsync();
        var vm = await factory.AddVmAsync(tenant.Id);

        var response = await _client.PostApiAsync($"/tenants/{tenant.Id}/vms/unregister{string.Format(System.Globalization.CultureInfo.InvariantCulture, query, vm.BiosId)}");

        await response.AssertErrorAsync(400, code);
        Assert.Single(await ListBiosIdsAsync(tenant.Id));
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("not-a-guid")]
    public async Task Unregister_UnknownTenant_Returns404TenantCode(string kind)
    {
        var id = kind == "unknown" ? Guid.NewGuid().ToString() : kind;

        var response = await _client.PostApiAsync($"/tenants/{id}/vms/unregister?biosId={Guid.NewGuid()}");

        await response.AssertErrorAsync(404, TenantErrors.NotFoundCode);
    }

    [Fact]
    public async Task Unregister_UnknownVm_Returns404VmCode()
    {
        var tenant = await factory.AddTenantAsync();

        var byBios = await _client.PostApiAsync($"/tenants/{tenant.Id}/vms/unregister?biosId={Guid.NewGuid()}");
        var byId = await _client.PostApiAsync($"/tenants/{tenant.Id}/vms/unregister?vmId={Guid.NewGuid()}");

        await byBios.AssertErrorAsync(404, VirtualMachineErrors.NotFoundCode);
        await byId.AssertErrorAsync(404, VirtualMachineErrors.NotFoundCode);
    }

    [Fact]
    public async Task Unregister_VmOfAnotherTenant_Returns404AndKeepsIt()
    {
        var owner = await factory.AddTenantAsync();
        var other = await factory.AddTenantAsync();
        var vm = await factory.AddVmAsync(owner.Id);

        var byBios = await _client.PostApiAsync($"/tenants/{other.Id}/vms/unregister?biosId={vm.BiosId}");
        var byId = await _client.PostApiAsync($"/tenants/{other.Id}/vms/unregister?vmId={vm.Id}");

        await byBios.AssertErrorAsync(404, VirtualMachineErrors.NotFoundCode);
        await byId.AssertErrorAsync(404, VirtualMachineErrors.NotFoundCode);
        Assert.Single(await ListBiosIdsAsync(owner.Id));
    }

    private async Task<List<string?>> ListBiosIdsAsync(Guid tenantId) =>
        (await (await _client.GetApiAsync($"/tenants/{tenantId}/vms")).ReadXmlAsync()).Elements("vm").Select(v => (string?)v.Attribute("biosId")).ToList();
}
