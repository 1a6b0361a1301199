using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Sandbox.Autotask;

namespace BlazorConsole.Clients.Tests.Autotask;

public sealed class AutotaskTicketTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Due = new(2030, 3, 21, 0, 0, 0, TimeSpan.Zero);

    private static NewAutotaskTicket Ticket(int status = 1) =>
        new(AutotaskSeedData.ContosoLtdId, "MDR: ransomware behaviour on PC-042", "Plain text only", status, 2, 29682969, Due, IssueType: 1, SubIssueType: 102);

    [Fact]
    public async Task CreateTicket_ThenGet_ReturnsTheStoredTicket()
    {
        await using var bed = await AutotaskTestBed.StartAsync(new AutotaskSimulatorOptions { RequireDueDateTime = true, RequireQueueId = true });
        var client = await bed.ConnectAsync();

        var id = AutotaskAssert.Success(await client.CreateTicketAsync(Ticket(), None));
        var ticket = AutotaskAssert.Success(await client.GetTicketAsync(id, None));

        Assert.Equal("MDR: ransomware behaviour on PC-042", ticket.Title);
        Assert.Equal(AutotaskSeedData.ContosoLtdId, ticket.CompanyId);
        Assert.Equal(29682969, ticket.QueueId);
        Assert.Equal(Due, ticket.DueDateTime);
        Assert.Matches(@"^T\d{8}\.\d{4}$", ticket.TicketNumber);
        Assert.NotNull(ticket.CreateDate);
        var stored = Assert.Single(bed.Simulator.Snapshot().Tickets);
        Assert.Equal(id, stored.Id);
        Assert.Equal(AutotaskSandboxUsers.FullUserName, stored.CreatedBy);
    }

    [Fact]
    public async Task UpdateTicketStatus_Complete_SetsTheStatusAndCompletedDate()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();
        var id = AutotaskAssert.Success(await client.CreateTicketAsync(Ticket(), None));

        AutotaskAssert.Success(await client.UpdateTicketStatusAsync(id, AutotaskCatalog.StatusComplete, None));

        var ticket = AutotaskAssert.Success(await client.GetTicketAsync(id, None));
        Assert.Equal(AutotaskCatalog.StatusComplete, ticket.Status);
        Assert.NotNull(ticket.CompletedDate);
        Assert.Equal("Plain text only", ticket.Description);
    }

    [Fact]
    public async Task CreateTicketNote_ThenQuery_ReturnsTheNotesOfTheTicket()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();
        var ticketId = AutotaskAssert.Success(await client.CreateTicketAsync(Ticket(), None));
        var otherTicketId = AutotaskAssert.Success(await client.CreateTicketAsync(Ticket(), None));

        var first = AutotaskAssert.Success(await client.CreateTicketNoteAsync(new NewAutotaskTicketNote(ticketId, "Response confirmed", "The host was isolated."), None));
        var second = AutotaskAssert.Success(await client.CreateTicketNoteAsync(new NewAutotaskTicketNote(ticketId, "Closed", "Threat removed.", Publish: 2), None));
        AutotaskAssert.Success(await client.CreateTicketNoteAsync(new NewAutotaskTicketNote(otherTicketId, "Other", "Another ticket."), None));

        var notes = AutotaskAssert.Success(await client.QueryTicketNotesAsync(ticketId, None));
        Assert.Equal([first, second], notes.Select(note => note.Id));
        Assert.Equal(["The host was isolated.", "Threat removed."], notes.Select(note => note.Description));
        Assert.Equal(2, notes[1].Publish);
        Assert.Equal(0, bed.Simulator.CountCalls("POST", "TicketNotes"));
    }

    [Fact]
    public async Task CreateTicket_InactiveStatus_RejectedOnceWithNothingStored()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();

        var error = AutotaskAssert.Failure(await client.CreateTicketAsync(Ticket(status: 12), None), AutotaskErrors.RequestRejectedCode);

        Assert.Contains("status", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, bed.Simulator.CountCalls("POST", "Tickets"));
        Assert.Empty(bed.Simulator.Snapshot().Tickets);
    }

    [Fact]
    public async Task CreateTicket_UserWithoutTicketRights_PermissionDenied()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync(AutotaskTestBed.As(AutotaskSandboxUsers.ReadOnlyUserName, AutotaskSandboxUsers.ReadOnlySecret));

        AutotaskAssert.Failure(await client.CreateTicketAsync(Ticket(), None), AutotaskErrors.PermissionDeniedCode);

        Assert.Empty(bed.Simulator.Snapshot().Tickets);
    }

    [Fact]
    public async Task CreateTicket_BlankTitle_RefusedBeforeSending()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();

        AutotaskAssert.Failure(await client.CreateTicketAsync(Ticket() with { Title = "  " }, None), AutotaskErrors.InvalidInputCode);

        Assert.Equal(0, bed.Simulator.CountCalls("POST", "Tickets"));
    }

    [Fact]
    public async Task GetTicket_Missing_NotFound()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();

        AutotaskAssert.Failure(await client.GetTicketAsync(42, None), AutotaskErrors.NotFoundCode);
    }
}
