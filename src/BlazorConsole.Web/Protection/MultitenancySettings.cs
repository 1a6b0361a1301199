using BlazorConsole.Core.Protection;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Protection;

/// <summary>The Multitenancy section as it is now: a change to appsettings.json applies without a restart.</summary>
internal sealed class MultitenancySettings(IOptionsMonitor<MultitenancyOptions> options) : IMultitenancySettings
{
    public MultitenancyOptions Current => options.CurrentValue;
}
