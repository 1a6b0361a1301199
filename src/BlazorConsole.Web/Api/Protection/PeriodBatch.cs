using BlazorConsole.Core.Protection;

namespace BlazorConsole.Web.Api.Protection;

/// <summary>A parsed <c>&lt;protectionPeriods&gt;</c> body whose every row passed validation.</summary>
internal sealed record PeriodBatch(string? SvmId, IReadOnlyList<IncomingPeriod> Periods);
