using System.Globalization;
using System.Text.Json.Nodes;
using BlazorConsole.Clients.Ksc.Wire;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Hierarchy;
using BlazorConsole.Core.Ksc;

namespace BlazorConsole.Clients.Ksc;

/// <summary>
/// The server hierarchy: the server's identity (HostGroup.GetStaticInfo), its secondaries (ServerHierarchy.*) and its
/// primary server settings (HostGroup.SS_Write of the <c>KLSRV_MASTER_SRV</c> section of product 1093).
/// </summary>
internal sealed partial class KscSession : IKscHierarchySession
{
    private const string SettingsType = "SS_SETTINGS";
    private const string SettingsProduct = "1093";
    private const string SettingsVersion = "1.0.0.0";
    private const string PrimarySection = "KLSRV_MASTER_SRV";

    /// <summary>SS_Write option: clear the section, then write the values given.</summary>
    private const int ClearAndWrite = 7;

    private static readonly string[] IdentityFields = ["KLADMSRV_SERVER_CERT", "KLADMSRV_SERVER_HOSTNAME", "KLADMSRV_PRODUCT_FULL_VERSION"];

    private static readonly string[] SecondaryFields =
    [
        "KLSRVH_SRV_ID", "KLSRVH_SRV_DN", "KLSRVH_SRV_GROUPID", "KLSRVH_SRV_STATUS", "KLSRVH_SRV_ADDR",
        "KLSRVH_SRV_PASSIVE", "KLSRVH_SRV_LAST_CONNECTED", "KLSRVH_SRV_VERSION",
    ];

    public async Task<Result<KscServerIdentity>> GetIdentityAsync(CancellationToken cancellationToken)
    {
        const string Method = "HostGroup.GetStaticInfo";
        var parameters = new JsonObject { ["pValues"] = new JsonArray([.. IdentityFields.Select(field => (JsonNode)field)]) };
        var answer = await CallAsync(Method, parameters, "The server information", cancellationToken);
        if (!answer.IsSuccess)
        {
            return answer.Error;
        }

        var info = KscWireJson.AsParams(answer.Value["PxgRetVal"]);
        var certificate = info is null ? null : KscWireJson.AsBinary(info["KLADMSRV_SERVER_CERT"]);
        var hostName = info is null ? null : KscWireJson.AsString(info["KLADMSRV_SERVER_HOSTNAME"]);
        if (certificate is null || string.IsNullOrEmpty(hostName))
        {
            return KscErrors.CallFailed(Method, "the answer holds no KLADMSRV_SERVER_CERT or KLADMSRV_SERVER_HOSTNAME");
        }

        return new KscServerIdentity(hostName, certificate, KscWireJson.AsString(info!["KLADMSRV_PRODUCT_FULL_VERSION"]));
    }

    public async Task<Result<IReadOnlyList<KscGroup>>> GetGroupsAsync(CancellationToken cancellationToken)
    {
        var root = await GetManagedDevicesGroupIdAsync(cancellationToken);
        if (!root.IsSuccess)
        {
            return root.Error;
        }

        var found = await FindGroupsAsync("(id<>-1)", cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var rootGroup = found.Value.FirstOrDefault(group => group.Id == root.Value) ?? new KscGroup(root.Value, "Managed devices", -1);
        return (List<KscGroup>)[rootGroup, .. found.Value.Where(group => group.Id != root.Value).OrderBy(group => group.Name, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<Result<IReadOnlyList<SecondaryServer>>> GetSecondariesAsync(CancellationToken cancellationToken)
    {
        var answer = await CallAsync("ServerHierarchy.GetChildServers", new JsonObject { ["nGroupId"] = -1 }, "The secondary servers", cancellationToken);
        if (!answer.IsSuccess)
        {
            return answer.Error;
        }

        var secondaries = new List<SecondaryServer>();
        foreach (var row in (KscWireJson.AsArray(answer.Value["PxgRetVal"]) ?? []).Select(KscWireJson.AsParams).OfType<JsonObject>())
        {
            if (KscWireJson.AsLong(row["KLSRVH_SRV_ID"]) is not { } id)
            {
                continue;
            }

            var parameters = new JsonObject
            {
                ["lServer"] = id,
                ["pFields"] = new JsonArray([.. SecondaryFields.Select(field => (JsonNode)field)]),
            };
            var read = await CallAsync("ServerHierarchy.GetServerInfo", parameters, Subject("The secondary server", id), cancellationToken);
            if (!read.IsSuccess)
            {
                if (KscErrors.IsNotFound(read.Error))
                {
                    continue; // removed meanwhile
                }

                return read.Error;
            }

            secondaries.Add(ReadSecondary(id, KscWireJson.AsParams(read.Value["PxgRetVal"]) ?? row));
        }

        return secondaries;
    }

    public async Task<Result<long>> RegisterSecondaryAsync(SecondaryRegistration registration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registration);
        const string Method = "ServerHierarchy.RegisterServer";
        var parameters = new JsonObject
        {
            ["wstrDisplName"] = registration.DisplayName,
            ["nGroupId"] = registration.GroupId,
            ["pCertificate"] = KscWireJson.Wrap("binary", Convert.ToBase64String(registration.Certificate)),
            ["wstrNetAddress"] = registration.NetAddress ?? string.Empty,
            ["pAdditionalInfo"] = new JsonObject(),
        };
        var answer = await CallAsync(Method, parameters, Subject("The group", registration.GroupId), cancellationToken);
        return answer.IsSuccess ? RequireLong(answer.Value, "PxgRetVal", Method) : answer.Error;
    }

    public async Task<Result> RemoveSecondaryAsync(long secondaryId, CancellationToken cancellationToken)
    {
        var answer = await CallAsync("ServerHierarchy.DelServer", new JsonObject { ["lServer"] = secondaryId }, Subject("The secondary server", secondaryId), cancellationToken);
        return answer.IsSuccess ? Result.Success() : answer.Error;
    }

    public async Task<Result> WritePrimaryConnectionAsync(string hostName, PrimaryConnection connection, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(hostName);
        ArgumentNullException.ThrowIfNull(connection);
        var section = SectionOf(hostName);
        var created = await CallAsync("HostGroup.SS_CreateSection", section, "The settings section", cancellationToken);
        if (!created.IsSuccess && created.Error.Code != KscErrors.CallFailedCode)
        {
            return created.Error; // an existing section is a CallFailed "already exists": written over below
        }

        var settings = new JsonObject
        {
            ["KLSRV_MASTER_SRV_USE"] = true,
            ["KLSRV_MASTER_SRV_ADDR"] = connection.Address,
            ["KLSRV_MASTER_SRV_PORTS"] = new JsonArray(KscWireJson.Wrap("int", connection.Port)),
            ["KLSRV_MASTER_SRV_SSL_CERT"] = KscWireJson.Wrap("binary", Convert.ToBase64String(connection.Certificate)),
            ["KLSRV_MASTER_SRV_PASSIVE_SLAVE"] = connection.Dmz,
            ["KLSRV_MASTER_SRV_PROXYHOST_USE"] = connection.Proxy is not null,
        };
        if (connection.Proxy is { } proxy)
        {
            settings["KLSRV_MASTER_SRV_PROXYHOST_LOCATION"] = proxy.Address;
            settings["KLSRV_MASTER_SRV_PROXYHOST_LOGIN"] = proxy.UserName;
            const string Protect = "DataProtectionApi.ProtectUtf16StringGlobally";
            var encrypted = await CallAsync(Protect, new JsonObject { ["szwPlainText"] = proxy.Password }, "The proxy password", cancellationToken);
            if (!encrypted.IsSuccess)
            {
                return encrypted.Error;
            }

            if (KscWireJson.AsBinary(encrypted.Value["PxgRetVal"]) is not { } protectedPassword)
            {
                return KscErrors.CallFailed(Protect, "the answer holds no encrypted password");
            }

            settings["KLSRV_MASTER_SRV_PROXYHOST_PASSWORD"] = KscWireJson.Wrap("binary", Convert.ToBase64String(protectedPassword));
        }

        var parameters = SectionOf(hostName);
        parameters["nOption"] = ClearAndWrite;
        parameters["pSettings"] = settings;
        var written = await CallAsync("HostGroup.SS_Write", parameters, "The settings section", cancellationToken);
        return written.IsSuccess ? Result.Success() : written.Error;
    }

    private static JsonObject SectionOf(string hostName) => new()
    {
        ["strHostName"] = hostName,
        ["strType"] = SettingsType,
        ["strProduct"] = SettingsProduct,
        ["strVersion"] = SettingsVersion,
        ["strSection"] = PrimarySection,
    };

    /// <summary>
    /// KLSRVH_SRV_STATUS 1 is connected; 0 is waiting while it never connected (KLSRVH_SRV_LAST_CONNECTED empty), an
    /// error once it had connected before.
    /// </summary>
    private static SecondaryServer ReadSecondary(long id, JsonObject info)
    {
        var connected = (KscWireJson.AsLong(info["KLSRVH_SRV_STATUS"]) ?? 0) == 1;
        var passive = KscWireJson.AsBool(info["KLSRVH_SRV_PASSIVE"]) ?? false;
        var address = KscWireJson.AsString(info["KLSRVH_SRV_ADDR"]);
        DateTimeOffset? lastConnected = DateTimeOffset.TryParse(KscWireJson.AsString(info["KLSRVH_SRV_LAST_CONNECTED"]), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : null;
        var (status, reason) = (connected, lastConnected) switch
        {
            (true, _) => (SecondaryServerStatus.Connected, (string?)null),
            (false, null) when passive => (SecondaryServerStatus.Waiting, $"The primary has not reached it at {address} yet: the secondary must be configured for this primary with the DMZ option and reachable there."),
            (false, null) => (SecondaryServerStatus.Waiting, "It has not connected yet: the secondary must be configured with this primary's address, port and certificate."),
            (false, { } since) => (SecondaryServerStatus.Error, string.Create(CultureInfo.InvariantCulture, $"Not connected since {since.UtcDateTime:yyyy-MM-dd HH:mm} UTC: check that it runs, its network path and that each side still has the other's current certificate.")),
        };
        var version = KscWireJson.AsString(info["KLSRVH_SRV_VERSION"]);
        return new SecondaryServer(
            id,
            KscWireJson.AsString(info["KLSRVH_SRV_DN"]) ?? string.Empty,
            KscWireJson.AsLong(info["KLSRVH_SRV_GROUPID"]) ?? -1,
            string.IsNullOrEmpty(address) ? null : address,
            passive,
            status,
            reason,
            lastConnected,
            string.IsNullOrEmpty(version) ? null : version);
    }
}
