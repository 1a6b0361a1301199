using System.Text.Json.Serialization;

namespace BlazorConsole.Clients.Autotask.Wire;

internal sealed record QueryBodyDto(
    [property: JsonPropertyName("MaxRecords")] int MaxRecords,
    [property: JsonPropertyName("IncludeFields")] IReadOnlyList<string>? IncludeFields,
    [property: JsonPropertyName("filter")] IReadOnlyList<FilterDto> Filter);

internal sealed record FilterDto(string Op, string? Field, object? Value, IReadOnlyList<FilterDto>? Items, bool? Udf);
