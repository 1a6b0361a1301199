using System.Diagnostics;
using BlazorConsole.Web.Api.OpenApi;
using Microsoft.AspNetCore.Components;

namespace BlazorConsole.Web.Components.Pages.Reference;

/// <summary>The REST API reference, rendered from the generated OpenAPI document (no network, no CDN).</summary>
public sealed partial class ApiReferencePage
{
    private ApiReference? _reference;
    private bool _failed;
    private string? _correlationId;

    [Inject]
    private ApiReferenceReader Reader { get; set; } = default!;

    [Inject]
    private ILogger<ApiReferencePage> Logger { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _failed = false;
        _reference = null;
        try
        {
            _reference = await Reader.ReadAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or ArgumentException)
        {
            _correlationId = Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");
            Log.ReadFailed(Logger, _correlationId, ex);
            _failed = true;
        }
    }
}
