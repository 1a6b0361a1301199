using System.Globalization;
using BlazorConsole.Core.Integrations.Mdr;
using MudBlazor;

namespace BlazorConsole.Web.Components.Pages.Integrations;

/// <summary>How the MDR pages word and colour roles, statuses, severities and sync states.</summary>
public static class MdrText
{
    /// <summary>The access level as MDR's console names it when the API connection is created.</summary>
    public static string Role(MdrRole? role) => role switch
    {
        MdrRole.Administrator => "Full access + API and tenants (MDR Administrator)",
        MdrRole.SeniorSecurityOfficer => "Incident access, response management and auto-accept settings (Senior Security Officer)",
        MdrRole.SecurityOfficer => "Incident access (Security Officer)",
        _ => "Not stated by the token",
    };

    public static string Scope(IReadOnlyList<string>? tenants) =>
        tenants is null ? "Every MDR tenant" : tenants.Count == 0 ? "No tenant" : string.Join(", ", tenants);

    public static string Status(MdrConnectionStatus status) => status switch
    {
        MdrConnectionStatus.Connected => "Connected",
        MdrConnectionStatus.RefreshTokenRejected => "Refresh token rejected",
        MdrConnectionStatus.AccessDenied => "Access denied",
        _ => "MDR unavailable",
    };

    public static Color StatusColor(MdrConnectionStatus status) => status switch
    {
        MdrConnectionStatus.Connected => Color.Success,
        MdrConnectionStatus.Unavailable => Color.Warning,
        _ => Color.Error,
    };

    /// <summary>What an administrator does about a status that stops the synchronisation; null when connected.</summary>
    public static string? WhatToDo(MdrConnectionStatus status) => status switch
    {
        MdrConnectionStatus.RefreshTokenRejected =>
            "MDR refused the stored refresh token (it was revoked, expired or spent elsewhere), so no incident is read. In Kaspersky Security Center or MDR Web Console, create a new token for the API connection, then use Replace token here. Tenant mappings, rules and synced incidents are kept.",
        MdrConnectionStatus.AccessDenied =>
            "The API connection may not read incidents. In MDR, check that its access rights include incident access and that its tenants include the ones you map; then Test again.",
        MdrConnectionStatus.Unavailable =>
            "The console could not reach MDR or MDR answered with an error. The synchronisation tries again at its next pass; check the network or MDR's status if this lasts.",
        _ => null,
    };

    public static string Priority(MdrPriority priority) => priority switch
    {
        MdrPriority.High => "High",
        MdrPriority.Normal => "Normal",
        _ => "Low",
    };

    public static Color PriorityColor(MdrPriority priority) => priority switch
    {
        MdrPriority.High => Color.Error,
        MdrPriority.Normal => Color.Warning,
        _ => Color.Default,
    };

    public static string IncidentStatus(MdrIncidentStatus status) => status switch
    {
        MdrIncidentStatus.OnHold => "On hold",
        MdrIncidentStatus.Resolved => "Resolved",
        MdrIncidentStatus.Closed => "Closed",
        _ => "Open",
    };

    public static string State(MdrIncidentSyncState state) => state switch
    {
        MdrIncidentSyncState.Pending => "Pending",
        MdrIncidentSyncState.Ticketed => "Ticketed",
        MdrIncidentSyncState.Completed => "Completed",
        MdrIncidentSyncState.Skipped => "Skipped",
        MdrIncidentSyncState.Unmapped => "Unmapped",
        _ => "Failed",
    };

    public static Color StateColor(MdrIncidentSyncState state) => state switch
    {
        MdrIncidentSyncState.Ticketed or MdrIncidentSyncState.Completed => Color.Success,
        MdrIncidentSyncState.Pending => Color.Info,
        MdrIncidentSyncState.Unmapped => Color.Warning,
        MdrIncidentSyncState.Failed => Color.Error,
        _ => Color.Default,
    };

    public static string Time(DateTimeOffset? value) =>
        value is { } time ? time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "never";

    public static string Outcome(MdrSyncOutcome outcome) => string.Create(
        CultureInfo.InvariantCulture,
        $"Synchronised: {outcome.IncidentsRead} incidents read, {outcome.TicketsCreated} tickets created, {outcome.NotesAdded} notes added, {outcome.TicketsCompleted} tickets completed, {outcome.Failures} failures.");
}
