namespace BlazorConsole.Sandbox.Autotask;

/// <summary>The entities the simulator serves, with their fields and picklists (a plausible MSP tenant).</summary>
public static class AutotaskCatalog
{
    /// <summary>Ticket status "Complete".</summary>
    public const int StatusComplete = 5;

    public static IReadOnlyList<AutotaskPick> TicketStatuses { get; } =
    [
        new(1, "New", IsDefault: true), new(5, "Complete"), new(7, "Waiting Customer"), new(8, "In Progress"),
        new(9, "Waiting Materials"), new(10, "Dispatched"), new(12, "Escalate", IsActive: false),
    ];

    public static IReadOnlyList<AutotaskPick> TicketPriorities { get; } =
    [
        new(4, "Critical"), new(1, "High"), new(2, "Medium", IsDefault: true), new(3, "Low"), new(5, "Urgent (old)", IsActive: false),
    ];

    public static IReadOnlyList<AutotaskPick> Queues { get; } =
    [
        new(5, "Client Portal"), new(6, "Post Sale"), new(8, "Monitoring Alert"), new(29682833, "Level I Support"),
        new(29682969, "Security Operations"), new(29683001, "Old Helpdesk", IsActive: false),
    ];

    public static IReadOnlyList<AutotaskPick> IssueTypes { get; } =
    [
        new(1, "Security"), new(2, "Hardware"), new(3, "Software"), new(4, "Network", IsActive: false),
    ];

    public static IReadOnlyList<AutotaskPick> SubIssueTypes { get; } =
    [
        new(101, "Malware detected", ParentValue: "1"), new(102, "Ransomware behaviour", ParentValue: "1"),
        new(103, "Protection disabled", ParentValue: "1"), new(201, "Disk failure", ParentValue: "2"),
        new(301, "Licence expired", ParentValue: "3"), new(302, "Update failed", ParentValue: "3", IsActive: false),
    ];

    public static IReadOnlyList<AutotaskPick> TicketTypes { get; } =
    [
        new(1, "Service Request", IsDefault: true), new(2, "Incident"), new(3, "Problem"), new(4, "Change Request"), new(5, "Alert"),
    ];

    public static IReadOnlyList<AutotaskPick> Sources { get; } =
    [
        new(2, "Phone"), new(4, "E-mail"), new(8, "Monitoring Alert"), new(-2, "Insourced"),
    ];

    public static IReadOnlyList<AutotaskPick> NoteTypes { get; } =
    [
        new(1, "Task Summary", IsDefault: true), new(2, "Task Detail"), new(3, "Task Notes"), new(13, "Internal", IsActive: false),
    ];

    public static IReadOnlyList<AutotaskPick> NotePublish { get; } =
    [
        new(1, "All Autotask Users", IsDefault: true), new(2, "Internal Project Team"), new(3, "Internal & Co-managed"),
    ];

    public static IReadOnlyList<AutotaskPick> CompanyTypes { get; } =
    [
        new(1, "Customer", IsDefault: true), new(2, "Lead"), new(3, "Prospect"), new(4, "Dead"), new(6, "Cancelation"), new(7, "Vendor"), new(8, "Partner"),
    ];

    public static IReadOnlyList<AutotaskPick> ContractTypes { get; } =
    [
        new(1, "Time and Materials"), new(3, "Fixed Price"), new(4, "Block Hours"), new(6, "Retainer"), new(7, "Recurring Service", IsDefault: true), new(8, "Per Ticket"),
    ];

    public static IReadOnlyList<AutotaskPick> ContractStatuses { get; } = [new(0, "Inactive"), new(1, "Active", IsDefault: true)];

    /// <summary>Every served entity.</summary>
    public static IReadOnlyList<AutotaskEntitySpec> Entities { get; } =
    [
        new("Companies", true, false, false, true,
        [
            new("id", "long", IsReadOnly: true), new("companyName", "string", IsRequired: true), new("companyNumber", "string"),
            new("companyType", "integer", IsRequired: true, Picklist: CompanyTypes), new("isActive", "boolean"),
            new("parentCompanyID", "integer", ReferenceEntity: "Company"), new("ownerResourceID", "integer", IsRequired: true, ReferenceEntity: "Resource"),
            new("phone", "string", IsRequired: true), new("webAddress", "string"), new("lastActivityDate", "datetime", IsReadOnly: true),
            new("lastTrackedModifiedDateTime", "datetime", IsReadOnly: true),
        ]),
        new("Contacts", true, false, false, false,
        [
            new("id", "long", IsReadOnly: true), new("companyID", "integer", IsRequired: true, ReferenceEntity: "Company"),
            new("firstName", "string", IsRequired: true), new("lastName", "string", IsRequired: true), new("emailAddress", "string"),
            new("isActive", "integer", IsRequired: true), new("primaryContact", "boolean"),
        ]),
        new("Contracts", true, false, false, true,
        [
            new("id", "long", IsReadOnly: true), new("companyID", "integer", IsRequired: true, ReferenceEntity: "Company"),
            new("contractName", "string", IsRequired: true), new("contractNumber", "string"),
            new("contractType", "integer", IsRequired: true, Picklist: ContractTypes), new("contractCategory", "integer"),
            new("status", "integer", IsRequired: true, Picklist: ContractStatuses), new("startDate", "datetime", IsRequired: true),
            new("endDate", "datetime", IsRequired: true), new("isDefaultContract", "boolean"),
        ]),
        new("Services", true, false, false, true,
        [
            new("id", "long", IsReadOnly: true), new("name", "string", IsRequired: true), new("description", "string"),
            new("unitPrice", "decimal"), new("unitCost", "decimal"), new("periodType", "integer", IsRequired: true),
            new("isActive", "boolean"), new("billingCodeID", "integer"),
        ]),
        new("ContractServices", true, false, false, false,
        [
            new("id", "long", IsReadOnly: true), new("contractID", "integer", IsRequired: true, ReferenceEntity: "Contract"),
            new("serviceID", "integer", IsRequired: true, ReferenceEntity: "Service"), new("unitPrice", "decimal"),
            new("unitCost", "decimal"), new("invoiceDescription", "string"), new("internalDescription", "string"),
        ]),
        new("ContractServiceUnits", true, false, false, false,
        [
            new("id", "long", IsReadOnly: true), new("contractID", "integer", IsReadOnly: true), new("contractServiceID", "integer", IsReadOnly: true),
            new("serviceID", "integer", IsReadOnly: true), new("startDate", "datetime", IsReadOnly: true), new("endDate", "datetime", IsReadOnly: true),
            new("units", "integer", IsReadOnly: true), new("price", "decimal", IsReadOnly: true),
        ]),
        new("ContractServiceAdjustments", false, true, false, false,
        [
            new("id", "long", IsReadOnly: true), new("contractID", "integer", IsRequired: true), new("contractServiceID", "integer", IsRequired: true),
            new("serviceID", "integer"), new("effectiveDate", "datetime", IsRequired: true), new("unitChange", "integer", IsRequired: true),
            new("adjustedUnitPrice", "decimal"),
        ]),
        new("ConfigurationItems", true, false, false, true,
        [
            new("id", "long", IsReadOnly: true), new("companyID", "integer", IsRequired: true), new("isActive", "boolean", IsRequired: true),
            new("referenceTitle", "string"), new("serialNumber", "string"), new("configurationItemType", "integer"),
            new("productID", "integer", IsRequired: true), new("rmmDeviceAuditHostname", "string"), new("rmmDeviceUID", "string"),
            new("contractServiceID", "integer"),
        ]),
        new("Tickets", true, true, true, true,
        [
            new("id", "long", IsReadOnly: true), new("ticketNumber", "string", IsReadOnly: true),
            new("companyID", "integer", IsRequired: true, ReferenceEntity: "Company"), new("contactID", "integer", ReferenceEntity: "Contact"),
            new("title", "string", IsRequired: true), new("description", "string"),
            new("status", "integer", IsRequired: true, Picklist: TicketStatuses), new("priority", "integer", IsRequired: true, Picklist: TicketPriorities),
            new("queueID", "integer", Picklist: Queues), new("issueType", "integer", Picklist: IssueTypes),
            new("subIssueType", "integer", Picklist: SubIssueTypes), new("ticketType", "integer", Picklist: TicketTypes),
            new("ticketCategory", "integer"), new("source", "integer", Picklist: Sources), new("dueDateTime", "datetime"),
            new("createDate", "datetime", IsReadOnly: true), new("lastActivityDate", "datetime", IsReadOnly: true),
            new("completedDate", "datetime", IsReadOnly: true), new("configurationItemID", "integer"), new("contractID", "integer"),
            new("externalID", "string"), new("assignedResourceID", "integer"), new("assignedResourceRoleID", "integer"),
        ]),
        new("TicketNotes", true, true, true, false,
        [
            new("id", "long", IsReadOnly: true), new("ticketID", "integer", IsRequired: true, ReferenceEntity: "Ticket"),
            new("title", "string"), new("description", "string", IsRequired: true),
            new("noteType", "integer", IsRequired: true, Picklist: NoteTypes), new("publish", "integer", IsRequired: true, Picklist: NotePublish),
            new("createDateTime", "datetime", IsReadOnly: true), new("lastActivityDate", "datetime", IsReadOnly: true),
            new("creatorResourceID", "integer", IsReadOnly: true), new("createdByContactID", "integer"),
        ]),
    ];

    /// <summary>The user-defined fields of Companies.</summary>
    public static IReadOnlyList<AutotaskPick> CompanyTiers { get; } = [new(1, "Gold"), new(2, "Silver"), new(3, "Bronze")];

    /// <summary>The entity named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static AutotaskEntitySpec? Find(string name) =>
        Entities.FirstOrDefault(entity => string.Equals(entity.Name, name, StringComparison.OrdinalIgnoreCase));
}
