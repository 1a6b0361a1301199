using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Sandbox.Autotask;

namespace BlazorConsole.Clients.Tests.Autotask;

public sealed class AutotaskResilienceTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static NewAutotaskTicket Ticket() =>
        new(AutotaskSeedData.ContosoLtdId, "Protection disabled on SRV-07", null, 1, 1, 8, new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Read_Http500Once_IsRetriedAndSucceeds()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();
        bed.Simulator.Faults.FailCall("GET", "Companies/176", kind: AutotaskFaultKind.Http500);

        Assert.Equal("Contoso Limited", AutotaskAssert.Success(await client.GetCompanyAsync(176, None)).CompanyName);

        Assert.Equal(2, bed.Simulator.CountCalls("GET", "Companies/176"));
    }

    [Fact]
    public async Task Read_Http500EveryTime_GivesUpAfterTheRetriesWithServerError()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();
        bed.Simulator.Faults.FailCall("GET", "Companies/176", kind: AutotaskFaultKind.Http500, times: 20);

        AutotaskAssert.Failure(await client.GetCompanyAsync(176, None), AutotaskErrors.ServerErrorCode);

        Assert.Equal(5, bed.Simulator.CountCalls("GET", "Companies/176"));
    }

    [Fact]
    public async Task Read_ConnectionDropped_IsRetriedAndSucceeds()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();
        bed.Simulator.Faults.FailCall("GET", "Companies/176", kind: AutotaskFaultKind.DropConnection);

        AutotaskAssert.Success(await client.GetCompanyAsync(176, None));

        Assert.Equal(2, bed.Simulator.CountCalls("GET", "Companies/176"));
    }

    [Fact]
    public async Task Create_StormOf429s_FinishesLaterAfterRetryAfterAndIsCreatedOnce()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();
        bed.Simulator.Faults.Storm429(count: 2, retryAfterSeconds: 1, path: "Tickets", method: "POST");

        var id = AutotaskAssert.Success(await client.CreateTicketAsync(Ticket(), None));

        Assert.Equal(id, Assert.Single(bed.Simulator.Snapshot().Tickets).Id);
        var posts = bed.Simulator.Calls.Where(call => call.Method == "POST" && call.Path == "Tickets").ToList();
        Assert.Equal(3, posts.Count);
        // Retry-After: 1 was honoured: each attempt came at least (about) a second after the refused one.
        Assert.All(posts.Zip(posts.Skip(1)), pair => Assert.True(pair.Second.At - pair.First.At >= TimeSpan.FromMilliseconds(900), $"retried after {(pair.Second.At - pair.First.At).TotalMilliseconds} ms"));
    }

    [Fact]
    public async Task Create_ThreadLimit_IsSentAgainAndCreatedOnce()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();
        bed.Simulator.Faults.FailCall("POST", "Tickets", kind: AutotaskFaultKind.ThreadLimit);

        AutotaskAssert.Success(await client.CreateTicketAsync(Ticket(), None));

        Assert.Single(bed.Simulator.Snapshot().Tickets);
        Assert.Equal(2, bed.Simulator.CountCalls("POST", "Tickets"));
    }

    [Fact]
    public async Task Create_Http500_IsNotSentAgain()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();
        bed.Simulator.Faults.FailCall("POST", "Tickets", kind: AutotaskFaultKind.Http500);

        AutotaskAssert.Failure(await client.CreateTicketAsync(Ticket(), None), AutotaskErrors.ServerErrorCode);

        Assert.Equal(1, bed.Simulator.CountCalls("POST", "Tickets"));
    }

    [Fact]
    public async Task Create_ConnectionDropped_IsNotSentAgainAndReportsUnreachable()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();
        bed.Simulator.Faults.FailCall("POST", "Tickets/*", kind: AutotaskFaultKind.DropConnection);
        var ticketId = AutotaskAssert.Success(await client.CreateTicketAsync(Ticket(), None));

        AutotaskAssert.Failure(await client.CreateTicketNoteAsync(new NewAutotaskTicketNote(ticketId, "Note", "Text"), None), AutotaskErrors.UnreachableCode);

        Assert.Equal(1, bed.Simulator.CountCalls("POST", "Tickets/*"));
    }

    [Fact]
    public async Task Read_RetryAfterLongerThanAllowed_ThrottledWithoutWaiting()
    {
        await using var bed = await AutotaskTestBed.StartAsync(configure: options => options.MaxRetryAfter = TimeSpan.FromSeconds(30));
        var client = await bed.ConnectAsync();
        bed.Simulator.Faults.Storm429(count: 1, retryAfterSeconds: 3600, path: "Companies/176");

        AutotaskAssert.Failure(await client.GetCompanyAsync(176, None), AutotaskErrors.ThrottledCode);

        Assert.Equal(1, bed.Simulator.CountCalls("GET", "Companies/176"));
    }

    [Fact]
    public async Task Call_DatabaseOverItsThreshold_Throttled()
    {
        await using var bed = await AutotaskTestBed.StartAsync(
            new AutotaskSimulatorOptions { RequestThreshold = 50, ThresholdRetryAfterSeconds = 0 },
            options => options.MaxRetryAfter = TimeSpan.FromSeconds(5));
        var client = await bed.ConnectAsync();
        bed.Simulator.AddRequests(AutotaskSandboxUsers.AmericaEast, 50);

        var error = AutotaskAssert.Failure(await client.GetCompanyAsync(176, None), AutotaskErrors.ThrottledCode);

        Assert.Contains("429", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParallelQueries_MoreThanTheThreadLimit_AreQueuedByTheClientNotRefused()
    {
        await using var bed = await AutotaskTestBed.StartAsync(new AutotaskSimulatorOptions { MaxThreadsPerEndpoint = 3 }, options => options.MaxRetries = 0);
        var client = await bed.ConnectAsync();
        bed.Simulator.Faults.Delay(TimeSpan.FromMilliseconds(150), "Companies/query");

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.QueryCompaniesAsync([AutotaskFilter.Eq("companyType", 1)], None)));

        Assert.All(results, result => AutotaskAssert.Success(result));
        Assert.Equal(8, bed.Simulator.CountCalls("POST", "Companies/query"));
    }
}
