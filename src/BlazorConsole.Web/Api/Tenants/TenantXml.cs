using System.Xml;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tenants;

namespace BlazorConsole.Web.Api.Tenants;

/// <summary>The seed's <c>&lt;tenant&gt;</c> element.</summary>
internal static class TenantXml
{
    public static async Task WriteAsync(XmlWriter xml, Tenant tenant)
    {
        await xml.WriteStartElementAsync(null, "tenant", null);
        await xml.WriteAttributeStringAsync(null, "id", null, tenant.Id.ToString());
        await xml.WriteAttributeStringAsync(null, "created", null, tenant.Created.ToWire());
        await xml.WriteAttributeStringAsync(null, "updated", null, tenant.Updated.ToWire());
        await xml.WriteElementStringAsync(null, "name", null, tenant.Name);
        await xml.WriteElementStringAsync(null, "description", null, tenant.Description ?? string.Empty);
        await xml.WriteStartElementAsync(null, "userData", null);
        if (!string.IsNullOrEmpty(tenant.UserData))
        {
            await WriteCDataAsync(xml, tenant.UserData);
        }

        await xml.WriteEndElementAsync();
        if (tenant.PreferredViisAddress is { } address)
        {
            await xml.WriteElementStringAsync(null, "preferredViisAddress", null, address);
        }

        if (tenant.Type == TenantType.Complete)
        {
            await xml.WriteStartElementAsync(null, "vKsc", null);
            await xml.WriteAttributeStringAsync(null, "id", null, tenant.VirtualServerId ?? string.Empty);
            await xml.WriteStartElementAsync(null, "user", null);
            await xml.WriteElementStringAsync(null, "name", null, tenant.AdminUserName ?? string.Empty);
            await xml.WriteEndElementAsync();
            await xml.WriteEndElementAsync();
        }

        await xml.WriteElementStringAsync(null, "status", null, tenant.Status.ToString());
        await xml.WriteElementStringAsync(null, "type", null, tenant.Type.ToString());
        await xml.WriteEndElementAsync();
    }

    /// <summary>CDATA that survives a <c>]]&gt;</c> inside the text (split into two sections).</summary>
    public static async Task WriteCDataAsync(XmlWriter xml, string text)
    {
        var parts = text.Split("]]>");
        for (var i = 0; i < parts.Length; i++)
        {
            var part = i < parts.Length - 1 ? parts[i] + "]]" : parts[i];
            var rest = i > 0 ? ">" + part : part;
            await xml.WriteCDataAsync(rest);
        }
    }
}
