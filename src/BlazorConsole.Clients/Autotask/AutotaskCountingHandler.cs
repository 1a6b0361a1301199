namespace BlazorConsole.Clients.Autotask;

/// <summary>Counts every attempt that leaves for Autotask (retries included) against the API user's budget.</summary>
internal sealed class AutotaskCountingHandler(AutotaskBudget budget) : DelegatingHandler
{
    /// <summary>The API user a request is sent for; absent on zone lookups, which are not counted.</summary>
    public static readonly HttpRequestOptionsKey<string> UserKey = new("Autotask.UserName");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(UserKey, out var userName))
        {
            budget.Record(userName);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
