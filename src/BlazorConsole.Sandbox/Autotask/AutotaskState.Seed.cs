using System.Text.Json.Nodes;

namespace BlazorConsole.Sandbox.Autotask;

internal sealed partial class AutotaskState
{
    public long AddCompany(string name, bool isActive, int companyType, string? tier, long? id = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        lock (_gate)
        {
            var companyId = id ?? _nextCompanyId++;
            if (_rows["Companies"].ContainsKey(companyId))
            {
                throw new InvalidOperationException($"Company {companyId} exists already.");
            }

            var udfs = new JsonArray { new JsonObject { ["name"] = "Tier", ["value"] = tier } };
            _rows["Companies"][companyId] = Row(new JsonObject
            {
                ["id"] = companyId,
                ["companyName"] = name,
                ["companyNumber"] = companyId == 0 ? "MSP" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"C{companyId:D6}"),
                ["companyType"] = companyType,
                ["isActive"] = isActive,
                ["parentCompanyID"] = null,
                ["ownerResourceID"] = 29682885,
                ["phone"] = "+1 425 555 0" + (100 + (companyId % 900)).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["webAddress"] = "https://www." + new string([.. name.ToLowerInvariant().Where(char.IsLetterOrDigit)]) + ".example",
                ["lastActivityDate"] = Stamp(Now),
                ["lastTrackedModifiedDateTime"] = Stamp(Now),
                ["userDefinedFields"] = udfs,
            });
            return companyId;
        }
    }

    public long AddContract(long companyId, string name, DateTimeOffset start, DateTimeOffset end, long? id = null)
    {
        lock (_gate)
        {
            if (!_rows["Companies"].ContainsKey(companyId))
            {
                throw new InvalidOperationException($"There is no company {companyId}.");
            }

            var contractId = id ?? _nextContractId++;
            _rows["Contracts"][contractId] = Row(new JsonObject
            {
                ["id"] = contractId,
                ["companyID"] = companyId,
                ["contractName"] = name,
                ["contractNumber"] = "CN-" + contractId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["contractType"] = 7,
                ["contractCategory"] = 1,
                ["status"] = 1,
                ["startDate"] = Stamp(start),
                ["endDate"] = Stamp(end),
                ["isDefaultContract"] = false,
                ["userDefinedFields"] = new JsonArray(),
            });
            return contractId;
        }
    }

    /// <summary>Adds a service to a contract with <paramref name="units"/> in every monthly period of the contract.</summary>
    public long AddContractService(long contractId, long serviceId, int units, decimal unitPrice, long? id = null)
    {
        lock (_gate)
        {
            if (!_rows["Contracts"].TryGetValue(contractId, out var contract))
            {
                throw new InvalidOperationException($"There is no contract {contractId}.");
            }

            if (!_rows["Services"].TryGetValue(serviceId, out var service))
            {
                throw new InvalidOperationException($"There is no service {serviceId}.");
            }

            var contractServiceId = id ?? _nextContractServiceId++;
            _rows["ContractServices"][contractServiceId] = Row(new JsonObject
            {
                ["id"] = contractServiceId,
                ["contractID"] = contractId,
                ["serviceID"] = serviceId,
                ["unitPrice"] = unitPrice,
                ["unitCost"] = decimal.Round(unitPrice * 0.6m, 2),
                ["invoiceDescription"] = service["name"]!.GetValue<string>(),
                ["internalDescription"] = null,
            });

            var start = Date(contract, "startDate")!.Value;
            var end = Date(contract, "endDate")!.Value;
            for (var period = start; period < end; period = period.AddMonths(1))
            {
                var unitsId = _nextUnitsId++;
                _rows["ContractServiceUnits"][unitsId] = Row(new JsonObject
                {
                    ["id"] = unitsId,
                    ["contractID"] = contractId,
                    ["contractServiceID"] = contractServiceId,
                    ["serviceID"] = serviceId,
                    ["startDate"] = Stamp(period),
                    ["endDate"] = Stamp(period.AddMonths(1).AddSeconds(-1)),
                    ["units"] = units,
                    ["price"] = unitPrice * units,
                });
            }

            return contractServiceId;
        }
    }

    private void SeedFixtures()
    {
        foreach (var (id, name, isActive, type, tier) in AutotaskSeedData.Companies)
        {
            AddCompany(name, isActive, type, tier, id);
        }

        AddService(AutotaskSeedData.LightAgentServiceId, "Kaspersky Security for Virtualization Light Agent (per VM)", 4.50m, true);
        AddService(702, "Kaspersky Managed Detection and Response (per endpoint)", 6.00m, true);
        AddService(703, "Offsite backup (per server)", 12.00m, false);

        var start = AutotaskSeedData.ContractStart;
        var end = start.AddYears(2);
        AddContract(AutotaskSeedData.ContosoLtdId, "Contoso Ltd - Managed security", start, end, AutotaskSeedData.ContosoContractId);
        AddContractService(AutotaskSeedData.ContosoContractId, AutotaskSeedData.LightAgentServiceId, 40, 4.50m, AutotaskSeedData.ContosoVmServiceId);
        AddContractService(AutotaskSeedData.ContosoContractId, 702, 25, 6.00m, 8102);
        AddContract(178, "Fabrikam - Security services", start, end, 9002);
        AddContractService(9002, AutotaskSeedData.LightAgentServiceId, 12, 4.20m, AutotaskSeedData.FabrikamVmServiceId);
        AddContract(186, "Woodgrove Bank - Backup", start, end, 9003);
        AddContractService(9003, 703, 3, 12.00m, 8104);

        AddContact(30682001, AutotaskSeedData.ContosoLtdId, "Ava", "Patel", "ava.patel@contoso.example", true);
        AddContact(30682002, 178, "Noah", "Schmidt", "noah.schmidt@fabrikam.example", true);
        AddContact(30682003, 193, "Liam", "Okafor", "liam.okafor@wingtiptoys.example", false);

        AddConfigurationItem(40001, AutotaskSeedData.ContosoLtdId, "CONTOSO-SVM-01", AutotaskSeedData.ContosoVmServiceId);
        AddConfigurationItem(40002, 178, "FABRIKAM-SVM-01", AutotaskSeedData.FabrikamVmServiceId);
    }

    private void AddService(long id, string name, decimal unitPrice, bool isActive) =>
        _rows["Services"][id] = Row(new JsonObject
        {
            ["id"] = id,
            ["name"] = name,
            ["description"] = name,
            ["unitPrice"] = unitPrice,
            ["unitCost"] = decimal.Round(unitPrice * 0.6m, 2),
            ["periodType"] = 2,
            ["isActive"] = isActive,
            ["billingCodeID"] = 29682801,
            ["userDefinedFields"] = new JsonArray(),
        });

    private void AddContact(long id, long companyId, string firstName, string lastName, string email, bool isActive) =>
        _rows["Contacts"][id] = Row(new JsonObject
        {
            ["id"] = id,
            ["companyID"] = companyId,
            ["firstName"] = firstName,
            ["lastName"] = lastName,
            ["emailAddress"] = email,
            ["isActive"] = isActive ? 1 : 0,
            ["primaryContact"] = true,
        });

    private void AddConfigurationItem(long id, long companyId, string hostName, long contractServiceId) =>
        _rows["ConfigurationItems"][id] = Row(new JsonObject
        {
            ["id"] = id,
            ["companyID"] = companyId,
            ["isActive"] = true,
            ["referenceTitle"] = hostName,
            ["serialNumber"] = null,
            ["configurationItemType"] = 1,
            ["productID"] = 29682900,
            ["rmmDeviceAuditHostname"] = hostName,
            ["rmmDeviceUID"] = null,
            ["contractServiceID"] = contractServiceId,
            ["userDefinedFields"] = new JsonArray(),
        });

    /// <summary>A case-insensitive copy of <paramref name="row"/>.</summary>
    private static JsonObject Row(JsonObject row) => (JsonObject)JsonNode.Parse(row.ToJsonString(), NodeOptions)!;
}
