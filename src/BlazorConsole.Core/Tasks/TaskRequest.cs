namespace BlazorConsole.Core.Tasks;

/// <summary>A task to create: its type, its input (serialized as JSON), what it is about and who asked.</summary>
public sealed record TaskRequest(string Type, object Input)
{
    public Guid? TenantId { get; init; }

    public Guid? ParentId { get; init; }

    public string? CreatedBy { get; init; }
}
