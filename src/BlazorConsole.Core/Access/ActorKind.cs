namespace BlazorConsole.Core.Access;

/// <summary>Who acts: a person's account, an API connection, or the console itself.</summary>
public enum ActorKind
{
    Account,
    ApiConnection,
    System,
}
