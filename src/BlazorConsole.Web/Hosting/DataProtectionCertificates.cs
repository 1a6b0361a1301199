using System.Security.Cryptography.X509Certificates;

namespace BlazorConsole.Web.Hosting;

/// <summary>The certificate that encrypts new Data Protection keys, and older ones that still decrypt existing keys.</summary>
public sealed record DataProtectionCertificates(X509Certificate2 Current, IReadOnlyList<X509Certificate2> Previous);
