namespace BlazorConsole.Core.Common;

/// <summary>Encrypts secrets before they are stored (ASP.NET Core Data Protection in the host).</summary>
public interface ISecretProtector
{
    string Protect(string secret);

    string Unprotect(string protectedSecret);
}
