using System.Text;
using System.Xml;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tenants;

namespace BlazorConsole.Web.Api.Tenants;

/// <summary>The seed's <c>&lt;tenant&gt;</c> element.</summary>
internal static class TenantXml
{
    private static readonly XmlWriterSettings FragmentSettings = new() { ConformanceLevel = ConformanceLevel.Fragment, OmitXmlDeclaration = true };

    /// <summary>The same element on an async writer (a task's result): built by <see cref="Write"/>, then written raw.</summary>
    public static async Task WriteAsync(XmlWriter xml, Tenant tenant)
    {
        var fragment = new StringBuilder(512);
        using (var writer = XmlWriter.Create(fragment, FragmentSettings))
        {
            Write(writer, tenant);
        }

        await xml.WriteRawAsync(fragment.ToString());
    }

    public static void Write(XmlWriter xml, Tenant tenant)
    {
        xml.WriteStartElement("tenant");
        xml.WriteAttributeString("id", tenant.Id.ToString());
        xml.WriteAttributeString("created", tenant.Created.ToWire());
        xml.WriteAttributeString("updated", tenant.Updated.ToWire());
        xml.WriteElementString("name", tenant.Name);
        xml.WriteElementString("description", tenant.Description ?? string.Empty);
        xml.WriteStartElement("userData");
        if (!string.IsNullOrEmpty(tenant.UserData))
        {
            WriteCData(xml, tenant.UserData);
        }

        xml.WriteEndElement();
        if (tenant.PreferredViisAddress is { } address)
        {
            xml.WriteElementString("preferredViisAddress", address);
        }

        if (tenant.Type == TenantType.Complete)
        {
            xml.WriteStartElement("vKsc");
            xml.WriteAttributeString("id", tenant.VirtualServerId ?? string.Empty);
            xml.WriteStartElement("user");
            xml.WriteElementString("name", tenant.AdminUserName ?? string.Empty);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteElementString("status", tenant.Status.ToString());
        xml.WriteElementString("type", tenant.Type.ToString());
        xml.WriteEndElement();
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

    /// <summary>The synchronous form of <see cref="WriteCDataAsync"/>.</summary>
    public static void WriteCData(XmlWriter xml, string text)
    {
        var parts = text.Split("]]>");
        for (var i = 0; i < parts.Length; i++)
        {
            var part = i < parts.Length - 1 ? parts[i] + "]]" : parts[i];
            xml.WriteCData(i > 0 ? ">" + part : part);
        }
    }
}
