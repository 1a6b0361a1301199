namespace BlazorConsole.Web.Components.Shared;

/// <summary>The four states every data region of the console goes through.</summary>
public enum DataRegionState
{
    Loading,
    Empty,
    Error,
    Content,
}
