using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;

namespace BlazorConsole.Sandbox.Ksc;

/// <summary>
/// ServerHierarchy.* (this server as a primary), HostGroup.GetStaticInfo and the <c>KLSRV_MASTER_SRV</c> section of
/// HostGroup.SS_Read/SS_Write (this server as a secondary). The status of each secondary is worked out from the
/// other servers of the network whenever it is asked for.
/// </summary>
internal sealed partial class KscState
{
    /// <summary>Product, version, storage type and section of the primary server settings (HostGroup.SS_*).</summary>
    public const string SettingsProduct = "1093";
    public const string SettingsVersion = "1.0.0.0";
    public const string SettingsType = "SS_SETTINGS";
    public const string PrimarySection = "KLSRV_MASTER_SRV";

    private readonly Dictionary<long, KscSimulatedSecondary> _secondaries = [];
    private KscSimulatedPrimarySettings? _primarySettings;
    private long _nextSecondaryId = 1;

    /// <summary>The DER certificate this server presents (set by the simulator once it listens).</summary>
    public Func<byte[]> ServerCertificate { get; set; } = () => [];

    public KscSimulatedPrimarySettings? PrimarySettings
    {
        get
        {
            lock (_gate)
            {
                return _primarySettings;
            }
        }
    }

    public IReadOnlyList<KscSimulatedSecondary> Secondaries
    {
        get
        {
            lock (_gate)
            {
                return [.. _secondaries.Values.OrderBy(secondary => secondary.Id)];
            }
        }
    }

    private void ResetHierarchyLocked()
    {
        _secondaries.Clear();
        _primarySettings = null;
        _nextSecondaryId = 1;
    }

    private JsonObject? InvokeHierarchy(string method, KscSession session, JsonObject args, IReadOnlyList<KscPeer> peers) => method switch
    {
        "HostGroup.GetStaticInfo" => GetStaticInfo(args),
        "HostGroup.SS_Read" => MainOnly(session, () => ReadSection(args)),
        "HostGroup.SS_CreateSection" => MainOnly(session, () => CreateSection(args)),
        "HostGroup.SS_Write" => MainOnly(session, () => WriteSection(args)),
        "ServerHierarchy.GetChildServers" => MainOnly(session, () => GetChildServers(args, peers)),
        "ServerHierarchy.GetServerInfo" => MainOnly(session, () => GetServerInfo(args, peers)),
        "ServerHierarchy.RegisterServer" => MainOnly(session, () => RegisterServer(args)),
        "ServerHierarchy.DelServer" => MainOnly(session, () => DelServer(args)),
        "ServerHierarchy.UpdateServer" => MainOnly(session, () => UpdateServer(args)),
        _ => null,
    };

    private JsonObject GetStaticInfo(JsonObject args)
    {
        var wanted = KscWireValues.GetArray(args, "pValues")?.Select(KscWireValues.AsString).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var info = new JsonObject();
        if (wanted is null || wanted.Count == 0 || wanted.Contains("KLADMSRV_SERVER_CERT"))
        {
            info["KLADMSRV_SERVER_CERT"] = KscWireValues.WrapBinary(ServerCertificate());
        }

        if (wanted is null || wanted.Count == 0 || wanted.Contains("KLADMSRV_SERVER_HOSTNAME"))
        {
            info["KLADMSRV_SERVER_HOSTNAME"] = options.HostName;
        }

        if (wanted is null || wanted.Count == 0 || wanted.Contains("KLADMSRV_PRODUCT_FULL_VERSION"))
        {
            info["KLADMSRV_PRODUCT_FULL_VERSION"] = options.ProductVersion;
        }

        return Result(info);
    }

    private void RequirePrimarySection(JsonObject args)
    {
        var host = KscWireValues.RequireString(args, "strHostName");
        if (!string.Equals(host, options.HostName, StringComparison.OrdinalIgnoreCase))
        {
            throw KscPxgException.NotFound($"Host '{host}'");
        }

        if (KscWireValues.GetString(args, "strType") != SettingsType
            || KscWireValues.GetString(args, "strProduct") != SettingsProduct
            || KscWireValues.GetString(args, "strVersion") != SettingsVersion
            || KscWireValues.GetString(args, "strSection") != PrimarySection)
        {
            throw KscPxgException.NotFound("Settings section");
        }
    }

    private JsonObject CreateSection(JsonObject args)
    {
        RequirePrimarySection(args);
        return Empty();
    }

    private JsonObject ReadSection(JsonObject args)
    {
        RequirePrimarySection(args);
        var settings = _primarySettings;
        var section = new JsonObject { ["KLSRV_MASTER_SRV_USE"] = settings?.Use ?? false };
        if (settings is not null)
        {
            section["KLSRV_MASTER_SRV_ADDR"] = settings.Address;
            section["KLSRV_MASTER_SRV_PORTS"] = new JsonArray([.. settings.Ports.Select(port => (JsonNode)port)]);
            section["KLSRV_MASTER_SRV_PASSIVE_SLAVE"] = settings.Passive;
            section["KLSRV_MASTER_SRV_PROXYHOST_USE"] = settings.ProxyUse;
            section["KLSRV_MASTER_SRV_PROXYHOST_LOCATION"] = settings.ProxyLocation;
            section["KLSRV_MASTER_SRV_PROXYHOST_LOGIN"] = settings.ProxyLogin;
            if (settings.Certificate is { } certificate)
            {
                section["KLSRV_MASTER_SRV_SSL_CERT"] = KscWireValues.WrapBinary(certificate);
            }
        }

        return Result(section);
    }

    private JsonObject WriteSection(JsonObject args)
    {
        RequirePrimarySection(args);
        var option = KscWireValues.RequireLong(args, "nOption");
        var values = KscWireValues.RequireParams(args, "pSettings");
        var current = option == 1 ? _primarySettings : null;
        if (option is not (1 or 3 or 7))
        {
            throw KscPxgException.BadArgument("nOption must be 1 (update), 3 (replace) or 7 (clear and write)");
        }

        var use = KscWireValues.GetBool(values, "KLSRV_MASTER_SRV_USE") ?? current?.Use ?? false;
        var certificate = values.ContainsKey("KLSRV_MASTER_SRV_SSL_CERT") ? KscWireValues.RequireBinary(values, "KLSRV_MASTER_SRV_SSL_CERT") : current?.Certificate;
        if (certificate is not null)
        {
            RequireCertificate(certificate, "KLSRV_MASTER_SRV_SSL_CERT");
        }

        var ports = KscWireValues.GetArray(values, "KLSRV_MASTER_SRV_PORTS") is { } array
            ? array.Select(node => KscWireValues.Unwrap(node) is JsonValue value && value.TryGetValue<int>(out var port) ? port : -1).ToList()
            : (List<int>)[.. current?.Ports ?? []];
        if (ports.Any(port => port is < 1 or > 65535))
        {
            throw KscPxgException.BadArgument("KLSRV_MASTER_SRV_PORTS holds a port outside 1-65535");
        }

        string? proxyPassword = current?.ProxyPassword;
        if (values.ContainsKey("KLSRV_MASTER_SRV_PROXYHOST_PASSWORD"))
        {
            var encrypted = KscWireValues.RequireBinary(values, "KLSRV_MASTER_SRV_PROXYHOST_PASSWORD");
            proxyPassword = vault.Unprotect(encrypted)
                ?? throw KscPxgException.BadArgument("KLSRV_MASTER_SRV_PROXYHOST_PASSWORD was not encrypted by this server");
        }

        var settings = new KscSimulatedPrimarySettings(
            use,
            KscWireValues.GetString(values, "KLSRV_MASTER_SRV_ADDR") ?? current?.Address,
            ports,
            certificate,
            KscWireValues.GetBool(values, "KLSRV_MASTER_SRV_PASSIVE_SLAVE") ?? current?.Passive ?? false,
            KscWireValues.GetBool(values, "KLSRV_MASTER_SRV_PROXYHOST_USE") ?? current?.ProxyUse ?? false,
            KscWireValues.GetString(values, "KLSRV_MASTER_SRV_PROXYHOST_LOCATION") ?? current?.ProxyLocation,
            KscWireValues.GetString(values, "KLSRV_MASTER_SRV_PROXYHOST_LOGIN") ?? current?.ProxyLogin,
            proxyPassword);
        if (settings.Use && (string.IsNullOrWhiteSpace(settings.Address) || settings.Certificate is null))
        {
            throw KscPxgException.BadArgument("A secondary needs KLSRV_MASTER_SRV_ADDR and KLSRV_MASTER_SRV_SSL_CERT");
        }

        _primarySettings = settings;
        return Empty();
    }

    private JsonObject RegisterServer(JsonObject args)
    {
        var name = KscWireValues.RequireString(args, "wstrDisplName");
        var groupId = RequireGroup(KscWireValues.RequireLong(args, "nGroupId")).Id;
        var certificate = KscWireValues.RequireBinary(args, "pCertificate");
        RequireCertificate(certificate, "pCertificate");
        if (certificate.AsSpan().SequenceEqual(ServerCertificate()))
        {
            throw KscPxgException.BadArgument("An Administration Server cannot be its own secondary");
        }

        var netAddress = KscWireValues.GetString(args, "wstrNetAddress");
        if (!string.IsNullOrEmpty(netAddress) && ParseNetAddress(netAddress, options.SslPort) is null)
        {
            throw KscPxgException.BadArgument("wstrNetAddress must look like http://host:13000");
        }

        if (_secondaries.Values.Any(secondary => secondary.Certificate.AsSpan().SequenceEqual(certificate)))
        {
            throw KscPxgException.AlreadyExists("A secondary server with this certificate is already registered");
        }

        if (_secondaries.Values.Any(secondary => NameEquals(secondary.DisplayName, name) && secondary.GroupId == groupId))
        {
            throw KscPxgException.AlreadyExists($"A secondary server named '{name}' already exists in group {groupId}");
        }

        var id = _nextSecondaryId++;
        _secondaries[id] = new KscSimulatedSecondary(id, name, groupId, certificate, string.IsNullOrEmpty(netAddress) ? null : netAddress, null, false);
        return Result(id);
    }

    private JsonObject DelServer(JsonObject args)
    {
        var id = KscWireValues.RequireLong(args, "lServer");
        if (!_secondaries.Remove(id))
        {
            throw KscPxgException.NotFound($"Secondary server {id}");
        }

        return Empty();
    }

    private JsonObject UpdateServer(JsonObject args)
    {
        var secondary = RequireSecondary(KscWireValues.RequireLong(args, "lServer"));
        var info = KscWireValues.RequireParams(args, "pInfo");
        var name = KscWireValues.GetString(info, "KLSRVH_SRV_DN");
        if (name is not null && string.IsNullOrWhiteSpace(name))
        {
            throw KscPxgException.BadArgument("A display name cannot be empty");
        }

        var group = KscWireValues.GetLong(info, "KLSRVH_SRV_GROUPID") is { } groupId ? RequireGroup(groupId).Id : secondary.GroupId;
        _secondaries[secondary.Id] = secondary with { DisplayName = name ?? secondary.DisplayName, GroupId = group };
        return Empty();
    }

    private JsonObject GetChildServers(JsonObject args, IReadOnlyList<KscPeer> peers)
    {
        var groupId = KscWireValues.RequireLong(args, "nGroupId");
        if (groupId != -1)
        {
            RequireGroup(groupId);
        }

        RefreshLocked(peers);
        var rows = _secondaries.Values
            .Where(secondary => groupId == -1 || secondary.GroupId == groupId)
            .OrderBy(secondary => secondary.Id)
            .Select(secondary => (JsonNode)KscWireValues.WrapParams(new JsonObject
            {
                ["KLSRVH_SRV_ID"] = secondary.Id,
                ["KLSRVH_SRV_DN"] = secondary.DisplayName,
                ["KLSRVH_SRV_GROUPID"] = secondary.GroupId,
                ["KLSRVH_SRV_STATUS"] = secondary.Connected ? 1 : 0,
            }))
            .ToArray();
        return Result(new JsonArray(rows));
    }

    private JsonObject GetServerInfo(JsonObject args, IReadOnlyList<KscPeer> peers)
    {
        RefreshLocked(peers);
        var secondary = RequireSecondary(KscWireValues.RequireLong(args, "lServer"));
        var fields = KscWireValues.GetArray(args, "pFields")?.Select(KscWireValues.AsString).OfType<string>().ToList() ?? [];
        var info = new JsonObject();
        foreach (var field in fields)
        {
            JsonNode? value = field switch
            {
                "KLSRVH_SRV_ID" => secondary.Id,
                "KLSRVH_SRV_DN" => secondary.DisplayName,
                "KLSRVH_SRV_GROUPID" => secondary.GroupId,
                "KLSRVH_SRV_STATUS" => secondary.Connected ? 1 : 0,
                "KLSRVH_SRV_ADDR" => secondary.NetAddress ?? string.Empty,
                "KLSRVH_SRV_PASSIVE" => secondary.NetAddress is not null,
                "KLSRVH_SRV_CERTIFICATE" => KscWireValues.WrapBinary(secondary.Certificate),
                "KLSRVH_SRV_PUBLIC_KEY_HASH" => PublicKeyHash(secondary.Certificate),
                "KLSRVH_SRV_LAST_CONNECTED" => secondary.LastConnected is { } at ? KscWireValues.WrapDateTime(at) : null,
                "KLSRVH_SRV_VERSION" => secondary.Connected ? options.ProductVersion : string.Empty,
                _ => null,
            };
            if (value is not null)
            {
                info[field] = value;
            }
        }

        return Result(info);
    }

    private KscSimulatedSecondary RequireSecondary(long id) =>
        _secondaries.TryGetValue(id, out var secondary) ? secondary : throw KscPxgException.NotFound($"Secondary server {id}");

    /// <summary>Registers the secondaries that connect on their own and works out who is connected now.</summary>
    private void RefreshLocked(IReadOnlyList<KscPeer> peers)
    {
        var own = ServerCertificate();
        foreach (var peer in peers)
        {
            if (peer.PrimarySettings is { Use: true } settings
                && settings.Certificate is { } trusted && trusted.AsSpan().SequenceEqual(own)
                && ReachesSelf(settings)
                && !_secondaries.Values.Any(secondary => secondary.Certificate.AsSpan().SequenceEqual(peer.Certificate)))
            {
                // a secondary configured from its own side shows up in Managed devices once it connects
                var id = _nextSecondaryId++;
                var netAddress = settings.Passive ? string.Create(CultureInfo.InvariantCulture, $"http://{peer.HostName}:{peer.SslPort}") : null;
                _secondaries[id] = new KscSimulatedSecondary(id, peer.HostName, RootGroupId, peer.Certificate, netAddress, null, false);
            }
        }

        var now = options.TimeProvider.GetUtcNow();
        foreach (var secondary in _secondaries.Values.ToList())
        {
            var connected = IsConnected(secondary, peers, own);
            _secondaries[secondary.Id] = secondary with { Connected = connected, LastConnected = connected ? now : secondary.LastConnected };
        }
    }

    private bool IsConnected(KscSimulatedSecondary secondary, IReadOnlyList<KscPeer> peers, byte[] own)
    {
        if (secondary.NetAddress is { } netAddress)
        {
            // passive (DMZ): this primary connects to the secondary at its address
            var target = ParseNetAddress(netAddress, options.SslPort);
            var peer = peers.FirstOrDefault(candidate => target is { } at
                && KscNetwork.Reaches(at.Host, at.Port, candidate.HostName, candidate.SslPort)
                && candidate.Certificate.AsSpan().SequenceEqual(secondary.Certificate));
            return peer?.PrimarySettings is { Use: true, Passive: true, Certificate: { } trusted } && trusted.AsSpan().SequenceEqual(own);
        }

        var secondaryPeer = peers.FirstOrDefault(candidate => candidate.Certificate.AsSpan().SequenceEqual(secondary.Certificate));
        return secondaryPeer?.PrimarySettings is { Use: true, Passive: false, Certificate: { } certificate } settings
            && certificate.AsSpan().SequenceEqual(own)
            && ReachesSelf(settings)
            && (!settings.ProxyUse || options.Network?.ProxyAccepts(settings.ProxyLocation, settings.ProxyLogin, settings.ProxyPassword) == true);
    }

    private bool ReachesSelf(KscSimulatedPrimarySettings settings)
    {
        var target = ParseNetAddress(settings.Address ?? string.Empty, settings.Ports.Count > 0 ? settings.Ports[0] : options.SslPort);
        return target is { } at && KscNetwork.Reaches(at.Host, at.Port, options.HostName, options.SslPort);
    }

    /// <summary>Host and port of <c>host</c>, <c>host:port</c> or <c>scheme://host:port</c>; null when malformed.</summary>
    private static (string Host, int Port)? ParseNetAddress(string text, int defaultPort)
    {
        var withScheme = text.Contains("://", StringComparison.Ordinal) ? text : "http://" + text;
        if (!Uri.TryCreate(withScheme, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        var explicitPort = text.Contains("://", StringComparison.Ordinal) ? !uri.IsDefaultPort : text.Contains(':', StringComparison.Ordinal);
        return (uri.Host, explicitPort ? uri.Port : defaultPort);
    }

    private static void RequireCertificate(byte[] der, string name)
    {
        try
        {
            using var certificate = X509CertificateLoader.LoadCertificate(der);
        }
        catch (CryptographicException)
        {
            throw KscPxgException.BadArgument($"{name} is not an X.509 certificate");
        }
    }

    private static string PublicKeyHash(byte[] der)
    {
        using var certificate = X509CertificateLoader.LoadCertificate(der);
#pragma warning disable CA5351 // KLSRVH_SRV_PUBLIC_KEY_HASH is defined by KSC as an MD5 hash; it identifies, it does not protect
        return Convert.ToHexString(MD5.HashData(certificate.GetPublicKey()));
#pragma warning restore CA5351
    }
}
