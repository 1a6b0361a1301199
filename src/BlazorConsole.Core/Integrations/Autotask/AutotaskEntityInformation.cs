namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>What an entity allows through the API (<c>can…</c>) and what the calling API user may do (<c>userAccessFor…</c>).</summary>
public sealed record AutotaskEntityInformation(
    string Name,
    bool CanCreate,
    bool CanUpdate,
    bool CanQuery,
    bool CanDelete,
    AutotaskEntityAccess UserAccessForCreate,
    AutotaskEntityAccess UserAccessForUpdate,
    AutotaskEntityAccess UserAccessForQuery,
    AutotaskEntityAccess UserAccessForDelete,
    bool HasUserDefinedFields);
