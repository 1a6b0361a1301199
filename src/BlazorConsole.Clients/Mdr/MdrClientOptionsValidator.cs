using BlazorConsole.Clients.Common;
using BlazorConsole.Core.Integrations.Mdr;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Clients.Mdr;

/// <summary>Checks <see cref="MdrClientOptions"/> at start-up; each failure names the key.</summary>
public sealed class MdrClientOptionsValidator : IValidateOptions<MdrClientOptions>
{
    private const string Section = MdrClientOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, MdrClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var pinned = !string.IsNullOrWhiteSpace(options.PinnedThumbprint);
        if (pinned && !CertificateThumbprint.TryNormalize(options.PinnedThumbprint, out _))
        {
            failures.Add($"{Section}:{nameof(options.PinnedThumbprint)} must be a SHA-256 thumbprint (64 hex digits) or empty.");
        }

        var hasAuthority = !string.IsNullOrWhiteSpace(options.PinnedAuthority);
        if (pinned != hasAuthority)
        {
            failures.Add($"{Section}:{nameof(options.PinnedThumbprint)} and {Section}:{nameof(options.PinnedAuthority)} are set together or not at all.");
        }
        else if (hasAuthority && MdrPin.ParseAuthority(options.PinnedAuthority) is null)
        {
            failures.Add($"{Section}:{nameof(options.PinnedAuthority)} must be host:port, e.g. 127.0.0.1:8443.");
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
        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add($"{Section}:{nameof(options.MaxRetries)} must be between 0 and 10.");
        }

        if (options.PageSize < 1 || options.PageSize > MdrIncidentQuery.MaxPageSize)
        {
            failures.Add($"{Section}:{nameof(options.PageSize)} must be between 1 and {MdrIncidentQuery.MaxPageSize}.");
        }

        if (options.MaxListItems is < 1 or > 10_000_000)
        {
            failures.Add($"{Section}:{nameof(options.MaxListItems)} must be between 1 and 10000000.");
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
