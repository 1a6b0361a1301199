using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Core.Tests.Integrations;

/// <summary>Two API users: one with every right, one lacking the ticket rights; both against <see cref="Client"/>.</summary>
internal sealed class FakeAutotaskConnector : IAutotaskConnector
{
    public const string FullUser = "api.full@example.com";
    public const string LimitedUser = "api.limited@example.com";
    public const string Secret = "Right-Secret-1";
    public const string Code = "TRACKING-ID";

    public FakeAutotaskClient Client { get; } = new();

    public List<AutotaskCredentials> Checked { get; } = [];

    public Task<Result<AutotaskZone>> FindZoneAsync(string userName, CancellationToken cancellationToken) =>
        Task.FromResult<Result<AutotaskZone>>(FakeAutotaskClient.Zone1);

    public Task<Result<IAutotaskClient>> ConnectAsync(AutotaskCredentials credentials, CancellationToken cancellationToken) =>
        Task.FromResult(Verify(credentials) is { } error ? Result<IAutotaskClient>.Failure(error) : Result<IAutotaskClient>.Success(Client));

    public Task<Result<AutotaskPermissionReport>> CheckAsync(AutotaskCredentials credentials, CancellationToken cancellationToken)
    {
        Checked.Add(credentials);
        if (Verify(credentials) is { } error)
        {
            return Task.FromResult<Result<AutotaskPermissionReport>>(error);
        }

        var limited = credentials.UserName == LimitedUser;
        IReadOnlyList<AutotaskPermissionLine> lines =
        [
            new(AutotaskRight.QueryCompanies, "Query companies", AutotaskEntityAccess.All, string.Empty),
            new(AutotaskRight.EditTickets, "Edit tickets", limited ? AutotaskEntityAccess.None : AutotaskEntityAccess.All, limited ? "Allow Tickets: Edit" : string.Empty),
        ];
        return Task.FromResult<Result<AutotaskPermissionReport>>(new AutotaskPermissionReport(FakeAutotaskClient.Zone1, lines, null));
    }

    public AutotaskUsage GetUsage(string userName) =>
        new(userName, 3, 120, 10_000, TimeSpan.FromHours(1), null, 0, AutotaskBudgetState.Normal);

    private static Error? Verify(AutotaskCredentials credentials)
    {
        if (credentials.UserName is not (FullUser or LimitedUser))
        {
            return AutotaskErrors.ZoneNotFound(credentials.UserName);
        }

        return credentials.Secret == Secret && credentials.IntegrationCode == Code ? null : AutotaskErrors.CredentialsRejected();
    }
}
