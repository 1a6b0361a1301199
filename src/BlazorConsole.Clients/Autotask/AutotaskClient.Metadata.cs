using BlazorConsole.Clients.Autotask.Wire;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Clients.Autotask;

internal sealed partial class AutotaskClient
{
    public async Task<Result<AutotaskEntityInformation>> GetEntityInformationAsync(string entity, CancellationToken cancellationToken)
    {
        if (CheckEntity(entity) is { } invalid)
        {
            return invalid;
        }

        var read = await channel.SendAsync<EntityInformationDto>(HttpMethod.Get, entity + "/entityInformation", null, write: false, "The entity " + entity, cancellationToken);
        if (!read.IsSuccess)
        {
            return read.Error;
        }

        if (read.Value.Info is not { } info)
        {
            return AutotaskErrors.InvalidResponse("entityInformation has no info");
        }

        return new AutotaskEntityInformation(
            info.Name ?? entity, info.CanCreate, info.CanUpdate, info.CanQuery, info.CanDelete,
            info.UserAccessForCreate, info.UserAccessForUpdate, info.UserAccessForQuery, info.UserAccessForDelete, info.HasUserDefinedFields);
    }

    public async Task<Result<IReadOnlyList<AutotaskField>>> GetFieldsAsync(string entity, CancellationToken cancellationToken)
    {
        if (CheckEntity(entity) is { } invalid)
        {
            return invalid;
        }

        var read = await channel.SendAsync<FieldsDto>(HttpMethod.Get, entity + "/entityInformation/fields", null, write: false, "The entity " + entity, cancellationToken);
        if (!read.IsSuccess)
        {
            return read.Error;
        }

        return Result<IReadOnlyList<AutotaskField>>.Success([.. (read.Value.Fields ?? []).Where(field => field.Name is not null).Select(field => new AutotaskField(
            field.Name!,
            field.DataType ?? string.Empty,
            field.IsRequired,
            field.IsReadOnly,
            field.IsQueryable,
            field.IsPickList,
            [.. (field.PicklistValues ?? []).Where(pick => pick.Value is not null).Select(pick => new AutotaskPicklistValue(
                pick.Value!, pick.Label ?? pick.Value!, pick.IsActive, pick.IsDefaultValue, pick.SortOrder, pick.ParentValue ?? string.Empty))]))]);
    }

    public async Task<Result<IReadOnlyList<AutotaskPicklistValue>>> GetPicklistAsync(string entity, string field, CancellationToken cancellationToken)
    {
        var fields = await GetFieldsAsync(entity, cancellationToken);
        if (!fields.IsSuccess)
        {
            return fields.Error;
        }

        var found = fields.Value.FirstOrDefault(candidate => string.Equals(candidate.Name, field, StringComparison.OrdinalIgnoreCase));
        return found is { IsPickList: true }
            ? Result<IReadOnlyList<AutotaskPicklistValue>>.Success(found.PicklistValues)
            : AutotaskErrors.NotFound($"A picklist field '{field}' of {entity}");
    }
}
