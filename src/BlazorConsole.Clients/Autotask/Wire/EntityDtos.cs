namespace BlazorConsole.Clients.Autotask.Wire;

internal sealed record UserDefinedFieldDto(string? Name, string? Value);

internal sealed record CompanyDto(
    long Id,
    string? CompanyName,
    string? CompanyNumber,
    int? CompanyType,
    bool? IsActive,
    long? ParentCompanyID,
    string? Phone,
    string? WebAddress,
    DateTimeOffset? LastActivityDate,
    IReadOnlyList<UserDefinedFieldDto>? UserDefinedFields);

internal sealed record ContractDto(
    long Id,
    long CompanyID,
    string? ContractName,
    string? ContractNumber,
    int? ContractType,
    int? Status,
    DateTimeOffset? StartDate,
    DateTimeOffset? EndDate,
    bool? IsDefaultContract);

internal sealed record ContractServiceDto(long Id, long ContractID, long ServiceID, decimal? UnitPrice, decimal? UnitCost, string? InvoiceDescription);

internal sealed record ContractServiceUnitsDto(long ContractID, long ContractServiceID, long ServiceID, DateTimeOffset StartDate, DateTimeOffset EndDate, int Units, decimal? Price);

internal sealed record AdjustmentDto(long ContractID, long ContractServiceID, DateTimeOffset EffectiveDate, int UnitChange, decimal? AdjustedUnitPrice);

internal sealed record TicketDto(
    long Id,
    string? TicketNumber,
    long CompanyID,
    string? Title,
    string? Description,
    int Status,
    int Priority,
    long? QueueID,
    int? IssueType,
    int? SubIssueType,
    int? TicketType,
    DateTimeOffset? DueDateTime,
    DateTimeOffset? CreateDate,
    DateTimeOffset? LastActivityDate,
    DateTimeOffset? CompletedDate,
    string? ExternalID);

internal sealed record NewTicketDto(
    long CompanyID,
    string Title,
    string? Description,
    int Status,
    int Priority,
    long QueueID,
    string DueDateTime,
    int? IssueType,
    int? SubIssueType,
    int? TicketType,
    string? ExternalID);

internal sealed record TicketStatusDto(long Id, int Status);

internal sealed record TicketNoteDto(long Id, long TicketID, string? Title, string? Description, int NoteType, int Publish, DateTimeOffset? CreateDateTime);

internal sealed record NewTicketNoteDto(long TicketID, string Title, string Description, int NoteType, int Publish);
