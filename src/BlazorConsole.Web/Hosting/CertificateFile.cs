using System.Runtime.InteropServices;
using System.Security.Cryptography.X509Certificates;

namespace BlazorConsole.Web.Hosting;

/// <summary>
/// PFX files the console reads and writes: a configured certificate (HTTPS, Data Protection), or a self-signed
/// one kept in the data folder, readable by the owner only.
/// </summary>
internal static class CertificateFile
{
    /// <summary>
    /// The configured PFX; a relative path is resolved against the data folder. Fails naming
    /// <paramref name="setting"/> when the file is missing or holds no private key.
    /// </summary>
    public static X509Certificate2 LoadConfigured(string configuredPath, string? password, string dataFolder, string setting)
    {
        var path = Path.IsPathRooted(configuredPath) ? configuredPath : Path.Combine(dataFolder, configuredPath);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{setting} points to '{path}', which does not exist.");
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new InvalidOperationException($"{setting} '{path}' holds no private key.");
        }

        return certificate;
    }

    /// <summary>
    /// The certificate at <paramref name="path"/> when <paramref name="isUsable"/> accepts it; otherwise a new one
    /// from <paramref name="create"/> (a PFX without password), written with mode 600. When another process
    /// creates the missing file at the same moment, its certificate wins and is returned, so every process
    /// sharing the folder uses the same one.
    /// </summary>
    public static X509Certificate2 GetOrCreate(string path, Func<X509Certificate2, bool> isUsable, Func<byte[]> create)
    {
        var existed = File.Exists(path);
        if (existed)
        {
            var existing = X509CertificateLoader.LoadPkcs12FromFile(path, password: null);
            if (existing.HasPrivateKey && isUsable(existing))
            {
                return existing;
            }

            existing.Dispose();
        }

        var pfx = create();
        if (!TryWrite(path, pfx, replace: existed))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, password: null);
        }

        return X509CertificateLoader.LoadPkcs12(pfx, password: null);
    }

    /// <summary>
    /// Writes the PFX readable by the owner only (mode 600 on Unix) through a temporary file, so no reader ever
    /// sees half a file; false when <paramref name="replace"/> is off and the file appeared meanwhile.
    /// </summary>
    private static bool TryWrite(string path, byte[] pfx, bool replace)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, options))
        {
            stream.Write(pfx);
        }

        try
        {
            File.Move(temporary, path, overwrite: replace);
            return true;
        }
        catch (IOException) when (!replace && File.Exists(path))
        {
            File.Delete(temporary);
            return false;
        }
    }
}
