using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Clients.Autotask.Wire;

internal sealed record EntityInformationDto(EntityInfoDto? Info);

internal sealed record EntityInfoDto(
    string? Name,
    bool CanCreate,
    bool CanDelete,
    bool CanQuery,
    bool CanUpdate,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(AccessConverter))] AutotaskEntityAccess UserAccessForCreate,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(AccessConverter))] AutotaskEntityAccess UserAccessForDelete,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(AccessConverter))] AutotaskEntityAccess UserAccessForQuery,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(AccessConverter))] AutotaskEntityAccess UserAccessForUpdate,
    bool HasUserDefinedFields);

internal sealed record FieldsDto(IReadOnlyList<FieldDto>? Fields);

internal sealed record FieldDto(
    string? Name,
    string? DataType,
    bool IsRequired,
    bool IsReadOnly,
    bool IsQueryable,
    bool IsPickList,
    IReadOnlyList<PicklistValueDto>? PicklistValues);

internal sealed record PicklistValueDto(string? Value, string? Label, bool IsDefaultValue, int SortOrder, string? ParentValue, bool IsActive);

internal sealed record ThresholdDto(int ExternalRequestThreshold, int RequestThresholdTimeframe, int CurrentTimeframeRequestCount);
