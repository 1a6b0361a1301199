namespace BlazorConsole.Data.Access;

/// <summary>Calls of one endpoint by one API connection.</summary>
internal sealed class ApiEndpointUseRow
{
    public const int EndpointMaxLength = 300;

    public Guid ConnectionId { get; set; }

    public string Endpoint { get; set; } = string.Empty;

    public long Count { get; set; }

    public DateTime LastCalled { get; set; }
}
