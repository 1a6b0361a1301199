namespace BlazorConsole.Data.Access;

/// <summary>Access settings an administrator changes in the console: one row at most (<see cref="SingletonId"/>).</summary>
public sealed class AccessSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>Every account must use two-step verification; one without it is sent to enrolment after sign-in.</summary>
    public bool TwoStepRequiredForEveryone { get; set; }
}
