using BlazorConsole.Core.Common;
using Microsoft.AspNetCore.DataProtection;

namespace BlazorConsole.Web.Hosting;

/// <summary>Encrypts secrets at rest with ASP.NET Core Data Protection (key ring in the database).</summary>
internal sealed class DataProtectionSecretProtector(IDataProtectionProvider provider) : ISecretProtector
{
    private readonly IDataProtector _protector = provider.CreateProtector("BlazorConsole.Secrets.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
