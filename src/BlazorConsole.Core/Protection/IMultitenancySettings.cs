namespace BlazorConsole.Core.Protection;

/// <summary>The current <see cref="MultitenancyOptions"/>, re-read when the configuration changes.</summary>
public interface IMultitenancySettings
{
    MultitenancyOptions Current { get; }
}
