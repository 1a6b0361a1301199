using System.Xml.Linq;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Web.Api.Common;

namespace BlazorConsole.Web.Api.Tenants;

/// <summary>The create-tenant body of the seed (<c>&lt;tenant&gt;</c> with an optional <c>&lt;vKsc&gt;</c>) as a <see cref="NewTenant"/>.</summary>
internal static class NewTenantXml
{
    public static NewTenant Read(XElement tenant)
    {
        var vKsc = tenant.Element("vKsc");
        var user = vKsc?.Element("user");
        return new NewTenant
        {
            Name = tenant.Child("name"),
            Description = tenant.Child("description"),
            UserData = tenant.Child("userData"),
            PreferredViisAddress = tenant.Child("preferredViisAddress"),
            Type = tenant.Child("type"),
            HasVKsc = vKsc is not null,
            AdminName = user?.Child("name"),
            AdminPasswordBase64 = user?.Child("password"),
        };
    }
}
