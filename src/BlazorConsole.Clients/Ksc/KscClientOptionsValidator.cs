using Microsoft.Extensions.Options;

namespace BlazorConsole.Clients.Ksc;

/// <summary>Checks <see cref="KscClientOptions"/> at start-up; each failure names the key.</summary>
public sealed class KscClientOptionsValidator : IValidateOptions<KscClientOptions>
{
    private static readonly TimeSpan MinimumTimeout = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaximumTimeout = TimeSpan.FromHours(1);

    public ValidateOptionsResult Validate(string? name, KscClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        CheckTimeout(failures, nameof(options.ConnectTimeout), options.ConnectTimeout);
        CheckTimeout(failures, nameof(options.RequestTimeout), options.RequestTimeout);
        CheckTimeout(failures, nameof(options.TotalRequestTimeout), options.TotalRequestTimeout);
        CheckTimeout(failures, nameof(options.ActionTimeout), options.ActionTimeout);
        if (options.TotalRequestTimeout < options.RequestTimeout)
        {
            failures.Add($"{KscClientOptions.SectionName}:{nameof(options.TotalRequestTimeout)} must be at least {KscClientOptions.SectionName}:{nameof(options.RequestTimeout)}.");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add($"{KscClientOptions.SectionName}:{nameof(options.MaxRetries)} must be between 0 and 10.");
        }

        if (options.RetryDelay < TimeSpan.Zero || options.RetryDelay > TimeSpan.FromMinutes(1))
        {
            failures.Add($"{KscClientOptions.SectionName}:{nameof(options.RetryDelay)} must be between 00:00:00 and 00:01:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckTimeout(List<string> failures, string key, TimeSpan value)
    {
        if (value < MinimumTimeout || value > MaximumTimeout)
        {
            failures.Add($"{KscClientOptions.SectionName}:{key} must be between 00:00:00.1 and 01:00:00.");
        }
    }
}
