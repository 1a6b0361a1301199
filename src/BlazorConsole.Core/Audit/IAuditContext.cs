using BlazorConsole.Core.Access;

namespace BlazorConsole.Core.Audit;

/// <summary>Who is acting right now: the host fills it per request or circuit; background work acts as the system.</summary>
public interface IAuditContext
{
    Actor Current { get; }
}
