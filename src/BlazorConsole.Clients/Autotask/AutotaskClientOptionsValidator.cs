using BlazorConsole.Clients.Common;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Clients.Autotask;

/// <summary>Checks <see cref="AutotaskClientOptions"/> at start-up; each failure names the key.</summary>
public sealed class AutotaskClientOptionsValidator : IValidateOptions<AutotaskClientOptions>
{
    private const string Section = AutotaskClientOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, AutotaskClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!Uri.TryCreate(options.DiscoveryAddress, UriKind.Absolute, out var discovery) || discovery.Scheme != Uri.UriSchemeHttps || !options.DiscoveryAddress.EndsWith('/'))
        {
            failures.Add($"{Section}:{nameof(options.DiscoveryAddress)} must be an absolute https address ending with '/'.");
        }

        if (!string.IsNullOrWhiteSpace(options.PinnedThumbprint) && !CertificateThumbprint.TryNormalize(options.PinnedThumbprint, out _))
        {
            failures.Add($"{Section}:{nameof(options.PinnedThumbprint)} must be a SHA-256 thumbprint (64 hex digits) or empty.");
        }

        Between(failures, nameof(options.ConnectTimeout), options.ConnectTimeout, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(5));
        Between(failures, nameof(options.RequestTimeout), options.RequestTimeout, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(30));
        Between(failures, nameof(options.TotalRequestTimeout), options.TotalRequestTimeout, TimeSpan.FromMilliseconds(100), TimeSpan.FromHours(1));
        if (options.TotalRequestTimeout < options.RequestTimeout)
        {
            failures.Add($"{Section}:{nameof(options.TotalRequestTimeout)} must be at least {Section}:{nameof(options.RequestTimeout)}.");
        }

        Between(failures, nameof(options.RetryDelay), options.RetryDelay, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Between(failures, nameof(options.MaxRetryAfter), options.MaxRetryAfter, TimeSpan.Zero, TimeSpan.FromMinutes(30));
        Between(failures, nameof(options.SlowDownDelay), options.SlowDownDelay, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Between(failures, nameof(options.SlowDownDelayFromThreeQuarters), options.SlowDownDelayFromThreeQuarters, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Between(failures, nameof(options.ThresholdRefreshInterval), options.ThresholdRefreshInterval, TimeSpan.FromSeconds(10), TimeSpan.FromHours(1));
        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add($"{Section}:{nameof(options.MaxRetries)} must be between 0 and 10.");
        }

        if (options.MaxConcurrentRequestsPerEntity is < 1 or > 3)
        {
            failures.Add($"{Section}:{nameof(options.MaxConcurrentRequestsPerEntity)} must be between 1 and 3 (Autotask's thread limit).");
        }

        if (options.MaxQueryRows is < 1 or > 1_000_000)
        {
            failures.Add($"{Section}:{nameof(options.MaxQueryRows)} must be between 1 and 1000000.");
        }

        if (options.SlowDownFrom is <= 0 or > 1 || options.PauseFrom is <= 0 or > 1 || options.PauseFrom < options.SlowDownFrom)
        {
            failures.Add($"{Section}:{nameof(options.SlowDownFrom)} and {Section}:{nameof(options.PauseFrom)} must be shares between 0 and 1, the pause share not below the slow-down share.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Between(List<string> failures, string key, TimeSpan value, TimeSpan minimum, TimeSpan maximum)
    {
        if (value < minimum || value > maximum)
        {
            failures.Add($"{Section}:{key} must be between {minimum} and {maximum}.");
        }
    }
}
