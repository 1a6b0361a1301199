namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>A suggested mapping of an unmapped tenant to an unmapped company.</summary>
/// <param name="Confidence">0–1; 1 when the normalised names are equal.</param>
/// <param name="Alternatives">Other free companies that scored the same for this tenant (the choice is less certain).</param>
public sealed record CompanySuggestion(Guid TenantId, long CompanyId, string CompanyName, double Confidence, int Alternatives);
