using BlazorConsole.Sandbox.Mdr;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace BlazorConsole.Web.Components.Pages.Sandbox;

/// <summary>The MDR simulator's controls on the Sandbox page.</summary>
public sealed partial class MdrSandboxSection
{
    private IssuedToken? _token;
    private string? _tenant = MdrSeedData.Contoso;
    private MdrSimulatedPriority _priority = MdrSimulatedPriority.High;
    private string? _summary;
    private string? _incidentId;
    private string? _comment;
    private string? _author = MdrSeedData.AnalystName;
    private MdrSimulatedStatus _status = MdrSimulatedStatus.Closed;
    private string? _resolution;
    private string? _responseType = "isolate_host";
    private string? _path;
    private int _onCall = 1;
    private int _times = 1;
    private MdrFaultKind _kind = MdrFaultKind.Http500;
    private int _retryAfter = 1;
    private int _delayMs;
    private string? _message;
    private bool _failed;

    [Parameter, EditorRequired]
    public MdrSimulator Simulator { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>True until the circuit is live: a click on the prerendered page would be lost.</summary>
    private bool Off => !RendererInfo.IsInteractive;

    private static string Rights(MdrSimulatedRole role) => role switch
    {
        MdrSimulatedRole.Administrator => "Full access + API and tenants",
        MdrSimulatedRole.SeniorSecurityOfficer => "Incident access, response management, auto-accept settings",
        _ => "Incident access",
    };

    private static string ConnectionName(MdrSimulatorSnapshot snapshot, string clientId) =>
        snapshot.Connections.FirstOrDefault(connection => string.Equals(connection.ClientId, clientId, StringComparison.OrdinalIgnoreCase))?.Name ?? clientId;

    private void Issue(MdrApiConnection connection)
    {
        var lifetime = Simulator.Options.IssuedRefreshTokenLifetime;
        _token = new IssuedToken(
            Simulator.IssueRefreshToken(connection.ClientId),
            $"New refresh token for {connection.Name} (Client ID {connection.ClientId}): valid {lifetime.TotalHours:0} hours, works once. It is shown only now.");
        Done($"Issued a refresh token for {connection.Name}.");
    }

    private void ShowRevoked() =>
        _token = new IssuedToken(Simulator.RevokedRefreshToken, $"The revoked refresh token of {MdrSeedData.RevokedName} (Client ID {MdrSeedData.RevokedClientId}): MDR refuses it.");

    private void HideToken() => _token = null;

    private async Task CopyTokenAsync()
    {
        if (_token is { } token)
        {
            await JS.InvokeVoidAsync("navigator.clipboard.writeText", token.Value);
            Done("Copied the token to the clipboard.");
        }
    }

    private void Revoke(MdrApiConnection connection)
    {
        var count = Simulator.RevokeTokens(connection.ClientId);
        Done($"Revoked {count} live token(s) of {connection.Name}: MDR now refuses them (403 for access tokens, 401 for refresh tokens).");
    }

    private void Raise()
    {
        if (string.IsNullOrWhiteSpace(_summary) || string.IsNullOrWhiteSpace(_tenant))
        {
            Fail("Choose a tenant and type a summary for the new incident.");
            return;
        }

        var incident = Simulator.RaiseIncident(_tenant, _priority, _summary.Trim());
        _incidentId = incident.IncidentId;
        _summary = null;
        Done($"Raised {MdrWireValues.Priority(incident.Priority)} incident \"{incident.Summary}\" in {incident.TenantName}.");
    }

    private void Comment()
    {
        if (SelectedIncident() is not { } incident)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(_comment) || string.IsNullOrWhiteSpace(_author))
        {
            Fail("Type a comment and its author.");
            return;
        }

        Simulator.AddComment(incident.IncidentId, _comment.Trim(), _author.Trim());
        _comment = null;
        Done($"{_author.Trim()} commented on \"{incident.Summary}\".");
    }

    private void ChangeStatus()
    {
        if (SelectedIncident() is not { } incident)
        {
            return;
        }

        Simulator.SetStatus(incident.IncidentId, _status, string.IsNullOrWhiteSpace(_resolution) ? null : _resolution.Trim());
        Done($"\"{incident.Summary}\" is now {MdrWireValues.Status(_status)}.");
    }

    private void Respond()
    {
        if (SelectedIncident() is not { } incident)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(_responseType))
        {
            Fail("Type the kind of response, e.g. isolate_host.");
            return;
        }

        Simulator.AddResponse(incident.IncidentId, _responseType.Trim());
        Done($"Proposed the response {_responseType.Trim()} for \"{incident.Summary}\".");
    }

    private void FailCall()
    {
        var path = string.IsNullOrWhiteSpace(_path) ? null : _path.Trim();
        var onCall = Math.Max(1, _onCall);
        var times = Math.Max(1, _times);
        Simulator.Faults.FailCall(path, onCall, _kind, times, _kind == MdrFaultKind.Http429 ? Math.Max(0, _retryAfter) : null);
        Done($"{path ?? "Any path"}: {times} call(s) from call {onCall} answer {_kind}.");
    }

    private void SetDelay()
    {
        var path = string.IsNullOrWhiteSpace(_path) ? null : _path.Trim();
        Simulator.Faults.Delay(TimeSpan.FromMilliseconds(Math.Clamp(_delayMs, 0, 120_000)), path);
        Done(_delayMs > 0 ? $"{path ?? "Every MDR call"} now waits {_delayMs} ms." : $"{path ?? "MDR calls"} no longer wait.");
    }

    private void RotateCertificate()
    {
        Simulator.RotateCertificate();
        Done($"The MDR simulator serves a new certificate (SHA-256 {Simulator.CertificateThumbprint}); the console refuses it until it restarts.");
    }

    private void ResetFaults()
    {
        Simulator.Faults.Reset();
        Done("MDR faults cleared.");
    }

    private void ResetState()
    {
        Simulator.ResetState();
        _token = null;
        _incidentId = null;
        Done("The MDR simulator holds its seeded data again; every token it issued is forgotten.");
    }

    private MdrSimulatedIncident? SelectedIncident()
    {
        var incident = _incidentId is null ? null : Simulator.Snapshot().Incident(_incidentId);
        if (incident is null)
        {
            Fail("Choose an incident first.");
        }

        return incident;
    }

    private void Done(string message)
    {
        _message = message;
        _failed = false;
    }

    private void Fail(string message)
    {
        _message = message;
        _failed = true;
    }

    private sealed record IssuedToken(string Value, string Note);
}
