namespace BlazorConsole.Core.Access;

/// <summary>
/// The scope of the principal on whose behalf the current call runs (the REST request's or the page circuit's);
/// <see cref="AccessScope.System"/> for background work that runs on behalf of nobody.
/// </summary>
public interface IAccessScope
{
    AccessScope Current { get; }
}
