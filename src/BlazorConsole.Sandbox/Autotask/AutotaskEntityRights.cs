namespace BlazorConsole.Sandbox.Autotask;

/// <summary>A user's rights on one entity, as entityInformation reports them (0 none, 1 all, 2 restricted).</summary>
public sealed record AutotaskEntityRights(int Query, int Create, int Update, int Delete)
{
    public static AutotaskEntityRights Full { get; } = new(1, 1, 1, 1);

    public static AutotaskEntityRights ReadOnly { get; } = new(1, 0, 0, 0);

    public static AutotaskEntityRights Nothing { get; } = new(0, 0, 0, 0);

    public static AutotaskEntityRights Restricted { get; } = new(1, 2, 2, 0);
}
