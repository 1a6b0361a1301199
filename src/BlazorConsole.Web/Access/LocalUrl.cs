namespace BlazorConsole.Web.Access;

/// <summary>Open-redirect guard: only a path on this site ("/x", "~/x"), never "//host", "/\host" or an absolute URL.</summary>
internal static class LocalUrl
{
    public static bool IsLocal(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return false;
        }

        if (url[0] == '/')
        {
            return url.Length == 1 || (url[1] != '/' && url[1] != '\\' && !url.Any(char.IsControl));
        }

        return url.Length > 1 && url[0] == '~' && url[1] == '/' && IsLocal(url[1..]);
    }

    /// <summary><paramref name="url"/> when it is local, "/" otherwise.</summary>
    public static string OrHome(string? url) => IsLocal(url) ? (url![0] == '~' ? url[1..] : url) : "/";
}
