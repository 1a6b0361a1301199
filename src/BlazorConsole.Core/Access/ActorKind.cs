namespace BlazorConsole.Core.Access;

/// <summary>Who made a change: a person's account, a script's API connection, or the console itself.</summary>
public enum ActorKind
{
    Account,
    ApiConnection,
    System,
}
