using System.Globalization;
using BlazorConsole.Core.Integrations.Autotask;
using MudBlazor;

namespace BlazorConsole.Web.Components.Pages.Integrations;

/// <summary>How the integration pages word and colour statuses.</summary>
public static class IntegrationText
{
    public static string Status(AutotaskIntegrationStatus status) => status switch
    {
        AutotaskIntegrationStatus.Validated => "Validated",
        _ => "Draft",
    };

    public static Color StatusColor(AutotaskIntegrationStatus status) =>
        status == AutotaskIntegrationStatus.Validated ? Color.Success : Color.Warning;

    public static string Access(AutotaskEntityAccess access) => access switch
    {
        AutotaskEntityAccess.None => "Missing",
        AutotaskEntityAccess.Restricted => "Granted with conditions",
        _ => "Granted",
    };

    public static Color AccessColor(AutotaskEntityAccess access) => access switch
    {
        AutotaskEntityAccess.None => Color.Error,
        AutotaskEntityAccess.Restricted => Color.Warning,
        _ => Color.Success,
    };

    public static string Mapping(CompanyMappingStatus status) => status switch
    {
        CompanyMappingStatus.Renamed => "Renamed",
        CompanyMappingStatus.Deactivated => "Deactivated",
        CompanyMappingStatus.Deleted => "Deleted",
        CompanyMappingStatus.Unknown => "Unknown",
        _ => "OK",
    };

    public static string Rule(AutotaskUsageRule rule) => rule switch
    {
        AutotaskUsageRule.ProtectedMinimumDays => "VMs protected at least N days",
        AutotaskUsageRule.ProratedByDays => "Prorated by protected days",
        _ => "VMs protected at least one day",
    };

    public static string Time(DateTime? utc) =>
        utc is { } value ? value.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "never";

    public static string Percent(double fraction) => string.Create(CultureInfo.InvariantCulture, $"{fraction * 100:0}%");
}
