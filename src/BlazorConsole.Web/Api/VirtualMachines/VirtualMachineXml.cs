using System.Xml;
using System.Xml.Linq;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.VirtualMachines;
using BlazorConsole.Web.Api.Common;
using BlazorConsole.Web.Api.Tenants;

namespace BlazorConsole.Web.Api.VirtualMachines;

/// <summary>The seed's <c>&lt;vm&gt;</c> element, written and read.</summary>
internal static class VirtualMachineXml
{
    public static async Task WriteAsync(XmlWriter xml, VirtualMachine vm)
    {
        await xml.WriteStartElementAsync(null, "vm", null);
        await xml.WriteAttributeStringAsync(null, "id", null, vm.Id.ToString());
        await xml.WriteAttributeStringAsync(null, "biosId", null, vm.BiosId.ToString());
        await xml.WriteAttributeStringAsync(null, "created", null, vm.Created.ToWire());
        await xml.WriteAttributeStringAsync(null, "updated", null, vm.Updated.ToWire());
        await xml.WriteElementStringAsync(null, "name", null, vm.Name ?? string.Empty);
        await xml.WriteStartElementAsync(null, "userData", null);
        if (!string.IsNullOrEmpty(vm.UserData))
        {
            await TenantXml.WriteCDataAsync(xml, vm.UserData);
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
    }

    /// <summary>The register body: <c>&lt;vm biosId="…"&gt;&lt;name/&gt;&lt;userData/&gt;&lt;/vm&gt;</c>.</summary>
    public static NewVirtualMachine Read(XElement vm) => new()
    {
        BiosId = vm.Attribute("biosId")?.Value,
        Name = vm.Child("name"),
        UserData = vm.Child("userData"),
    };
}
