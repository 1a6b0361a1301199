using System.Text;

namespace BlazorConsole.Clients.Ksc.Wire;

/// <summary>The sign-in headers of the KSC Open API.</summary>
internal static class KscAuthorization
{
    /// <summary><c>KSCBasic user="…", pass="…", internal="1"</c> with base64 UTF-8 values (an internal KSC user).</summary>
    public static string Basic(string userName, string password) =>
        $"KSCBasic user=\"{Base64(userName)}\", pass=\"{Base64(password)}\", internal=\"1\"";

    /// <summary><c>KSCMFA totp="…"</c>: the second step of a two-step sign-in with the authenticator app's code.</summary>
    public static string TwoStep(string code) => $"KSCMFA totp=\"{code}\"";

    /// <summary>The <c>X-KSC-VServer</c> value: base64 of the virtual server's name (empty: the main server).</summary>
    public static string VirtualServer(string? name) => string.IsNullOrEmpty(name) ? string.Empty : Base64(name);

    private static string Base64(string value) => Convert.ToBase64String(Encoding.UTF8.GetBytes(value));
}
