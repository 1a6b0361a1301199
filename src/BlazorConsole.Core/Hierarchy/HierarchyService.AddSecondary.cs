using System.Globalization;
using BlazorConsole.Core.Access;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Ksc;

namespace BlazorConsole.Core.Hierarchy;

/// <summary>Adding a secondary from the primary side or from the secondary side.</summary>
public sealed partial class HierarchyService
{
    /// <summary>
    /// Adds a secondary as <paramref name="input"/> says. From the primary side: registers it on the console's primary
    /// with its certificate (from the secondary itself when its address is given, else the uploaded file) and, when the
    /// console can reach it, writes the primary's address, port, certificate, DMZ and proxy on it. From the secondary
    /// side: writes those settings on the secondary only. An uploaded certificate that is not the server's own is refused.
    /// </summary>
    public async Task<Result<AddSecondaryOutcome>> AddAsync(AddSecondaryInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (!_access.Current.CanAdminister)
        {
            return AccessScopeErrors.AdministratorRequired;
        }

        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToError();
        }

        var file = input.CertificateFile is null ? null : ServerCertificateFile.Read(input.CertificateFile, input.CertificateFileName).Value;
        IKscHierarchySession? secondary = null;
        try
        {
            KscServerIdentity? secondaryIdentity = null;
            if (input.ConnectsToSecondary)
            {
                var opened = await OpenSecondaryAsync(input, cancellationToken);
                if (!opened.IsSuccess)
                {
                    return opened.Error;
                }

                secondary = opened.Value;
                var identity = await secondary.GetIdentityAsync(cancellationToken);
                if (!identity.IsSuccess)
                {
                    return identity.Error;
                }

                secondaryIdentity = identity.Value;
            }

            return input.Direction == AddSecondaryDirection.FromPrimary
                ? await AddFromPrimaryAsync(input, actor, file, secondary, secondaryIdentity, cancellationToken)
                : await AddFromSecondaryAsync(input, actor, file, secondary!, secondaryIdentity!, cancellationToken);
        }
        finally
        {
            if (secondary is not null)
            {
                await secondary.DisposeAsync();
            }
        }
    }

    private async Task<Result<AddSecondaryOutcome>> AddFromPrimaryAsync(
        AddSecondaryInput input,
        string actor,
        ServerCertificate? file,
        IKscHierarchySession? secondary,
        KscServerIdentity? secondaryIdentity,
        CancellationToken cancellationToken)
    {
        var certificate = secondaryIdentity?.Certificate ?? file!.Der;
        if (secondaryIdentity is not null && file is not null)
        {
            var presented = ServerCertificate.FromDer(secondaryIdentity.Certificate);
            if (presented.Thumbprint != file.Thumbprint)
            {
                return HierarchyErrors.CertificateMismatch($"the secondary at {input.SecondaryAddress!.Trim()}", file.Thumbprint, presented.Thumbprint);
            }
        }

        var opened = await OpenPrimaryAsync(cancellationToken);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }

        await using var primary = opened.Value.Session;
        var primaryIdentity = await primary.GetIdentityAsync(cancellationToken);
        if (!primaryIdentity.IsSuccess)
        {
            return primaryIdentity.Error;
        }

        var displayName = input.DisplayName!.Trim();
        var netAddress = input.Dmz && input.ConnectsToSecondary
            ? string.Create(CultureInfo.InvariantCulture, $"http://{input.SecondaryAddress!.Trim()}:{input.SslPort ?? HierarchyDefaults.SslPort}")
            : null;
        var registered = await primary.RegisterSecondaryAsync(new SecondaryRegistration(displayName, input.GroupId!.Value, certificate, netAddress), cancellationToken);
        if (!registered.IsSuccess)
        {
            return registered.Error;
        }

        if (secondary is null)
        {
            LogRegistered(logger, registered.Value, displayName, actor, false);
            return new AddSecondaryOutcome(registered.Value, false, $"'{displayName}' is registered and waits until its administrator makes it a secondary of this server (from the secondary side).");
        }

        var written = await secondary.WritePrimaryConnectionAsync(secondaryIdentity!.HostName, Connection(input, primaryIdentity.Value.Certificate), cancellationToken);
        if (!written.IsSuccess)
        {
            // nothing half-done: the registration goes again
            var undone = await primary.RemoveSecondaryAsync(registered.Value, CancellationToken.None);
            LogUndone(logger, registered.Value, written.Error.Code);
            return undone.IsSuccess || KscErrors.IsNotFound(undone.Error)
                ? written.Error
                : Error.Unavailable(written.Error.Code, $"{written.Error.Message} The registration of '{displayName}' on the primary could not be removed again: remove it from the hierarchy.");
        }

        LogRegistered(logger, registered.Value, displayName, actor, true);
        LogConfigured(logger, input.SecondaryAddress!.Trim(), actor, input.PrimaryAddress!.Trim(), input.PrimaryPort ?? HierarchyDefaults.SslPort, input.Dmz, input.UseProxy ? input.ProxyAddress!.Trim() : "none");
        return new AddSecondaryOutcome(registered.Value, true, input.Dmz
            ? $"'{displayName}' is registered; the primary connects to it at {netAddress}."
            : $"'{displayName}' is registered and configured to connect to {input.PrimaryAddress!.Trim()}:{input.PrimaryPort}.");
    }

    private async Task<Result<AddSecondaryOutcome>> AddFromSecondaryAsync(
        AddSecondaryInput input,
        string actor,
        ServerCertificate? file,
        IKscHierarchySession secondary,
        KscServerIdentity secondaryIdentity,
        CancellationToken cancellationToken)
    {
        var primaryCertificate = await PrimaryCertificateForAsync(input, file, cancellationToken);
        if (!primaryCertificate.IsSuccess)
        {
            return primaryCertificate.Error;
        }

        var written = await secondary.WritePrimaryConnectionAsync(secondaryIdentity.HostName, Connection(input, primaryCertificate.Value), cancellationToken);
        if (!written.IsSuccess)
        {
            return written.Error;
        }

        LogConfigured(logger, input.SecondaryAddress!.Trim(), actor, input.PrimaryAddress!.Trim(), input.PrimaryPort ?? HierarchyDefaults.SslPort, input.Dmz, input.UseProxy ? input.ProxyAddress!.Trim() : "none");
        return new AddSecondaryOutcome(null, true, $"{secondaryIdentity.HostName} is now a secondary of {input.PrimaryAddress!.Trim()}:{input.PrimaryPort}{(input.Dmz ? " and waits for the primary to connect (DMZ)" : string.Empty)}.");
    }

    /// <summary>
    /// The primary's certificate for the secondary: the uploaded file, or the console's primary's own. A file given for
    /// the console's own primary must be that primary's certificate.
    /// </summary>
    private async Task<Result<byte[]>> PrimaryCertificateForAsync(AddSecondaryInput input, ServerCertificate? file, CancellationToken cancellationToken)
    {
        var saved = await store.GetAsync(cancellationToken);
        var opened = saved is null ? null : (Result<OpenedPrimary>?)await OpenPrimaryAsync(cancellationToken);
        if (file is null)
        {
            if (opened is not { IsSuccess: true } own)
            {
                return opened?.Error ?? KscErrors.ServiceNotConfigured();
            }

            await using var session = own.Value.Session;
            var identity = await session.GetIdentityAsync(cancellationToken);
            return identity.IsSuccess ? identity.Value.Certificate : identity.Error;
        }

        if (opened is { IsSuccess: true } primary)
        {
            await using var session = primary.Value.Session;
            var identity = await session.GetIdentityAsync(cancellationToken);
            var address = input.PrimaryAddress!.Trim();
            if (identity.IsSuccess
                && (string.Equals(address, identity.Value.HostName, StringComparison.OrdinalIgnoreCase) || string.Equals(address, primary.Value.Address, StringComparison.OrdinalIgnoreCase)))
            {
                var actual = ServerCertificate.FromDer(identity.Value.Certificate);
                if (actual.Thumbprint != file.Thumbprint)
                {
                    return HierarchyErrors.CertificateMismatch($"the primary {address}", file.Thumbprint, actual.Thumbprint);
                }
            }
        }

        return file.Der;
    }

    private Task<Result<IKscHierarchySession>> OpenSecondaryAsync(AddSecondaryInput input, CancellationToken cancellationToken)
    {
        var endpoint = new KscEndpoint(input.SecondaryAddress!.Trim(), input.ApiPort!.Value, input.UserName!.Trim(), input.Password!, input.SecondaryThumbprint);
        var code = string.IsNullOrWhiteSpace(input.TwoStepCode) ? null : input.TwoStepCode.Trim();
        return connector.OpenAsync(endpoint, code, cancellationToken);
    }

    private static PrimaryConnection Connection(AddSecondaryInput input, byte[] primaryCertificate) => new(
        input.PrimaryAddress!.Trim(),
        input.PrimaryPort ?? HierarchyDefaults.SslPort,
        primaryCertificate,
        input.Dmz,
        input.UseProxy ? new HierarchyProxy(input.ProxyAddress!.Trim(), input.ProxyUserName?.Trim() ?? string.Empty, input.ProxyPassword ?? string.Empty) : null);
}
