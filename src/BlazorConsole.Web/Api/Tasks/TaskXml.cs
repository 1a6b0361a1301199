using System.Globalization;
using System.Text.Json;
using System.Xml;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Web.Api.Tenants;

namespace BlazorConsole.Web.Api.Tasks;

/// <summary>The seed's <c>&lt;task&gt;</c> element, with the result shaped by task type.</summary>
internal static class TaskXml
{
    public static async Task WriteAsync(XmlWriter xml, ConsoleTask task)
    {
        await xml.WriteStartElementAsync(null, "task", null);
        await xml.WriteAttributeStringAsync(null, "id", null, task.Id.ToString());
        await xml.WriteAttributeStringAsync(null, "created", null, task.Created.ToWire());
        await xml.WriteAttributeStringAsync(null, "stateChanged", null, task.StateChanged.ToWire());
        await xml.WriteAttributeStringAsync(null, "changed", null, task.Changed.ToWire());
        if (task.ParentId is { } parentId)
        {
            await xml.WriteAttributeStringAsync(null, "parentId", null, parentId.ToString());
        }

        await xml.WriteElementStringAsync(null, "state", null, task.State.ToString());
        await xml.WriteElementStringAsync(null, "type", null, task.Type);
        await xml.WriteElementStringAsync(null, "stage", null, task.Stage ?? string.Empty);
        await xml.WriteElementStringAsync(null, "progress", null, task.Progress.ToString(CultureInfo.InvariantCulture));
        if (task.ErrorCode is not null && task.State is TaskState.Failed or TaskState.Canceled)
        {
            await xml.WriteElementStringAsync(null, "error", null, $"{task.ErrorCode}: {task.ErrorMessage}");
        }
        else if (task.State == TaskState.Completed && task.Result is not null)
        {
            await xml.WriteStartElementAsync(null, "result", null);
            await WriteResultAsync(xml, task);
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
    }

    private static async Task WriteResultAsync(XmlWriter xml, ConsoleTask task)
    {
        if (task.Type is TaskTypes.CreateTenant or TaskTypes.DeleteTenant && ReadTenant(task.Result!) is { } tenant)
        {
            await TenantXml.WriteAsync(xml, tenant);
            return;
        }

        await xml.WriteStringAsync(task.Result);
    }

    /// <summary>The tenant snapshot of a tenant task, or null when the result is not one (it is then written as text).</summary>
    private static Tenant? ReadTenant(string result)
    {
        try
        {
            return TenantJson.Deserialize(result);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
