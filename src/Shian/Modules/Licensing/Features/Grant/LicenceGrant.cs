using Shian.Modules.Licensing.Domain;
using Shian.Modules.Licensing.Features.Apply;
using Shian.Modules.Licensing.Features.Lifecycle;
using Shian.Modules.Licensing.Features.Production;
using Shian.Modules.Operators.Contracts;

namespace Shian.Modules.Licensing.Features.Grant;

/// <summary>
/// What approving an application does, by its kind: a new JY licence (<see cref="LicenceIssuer"/>), an SC licence
/// (<see cref="ProductionIssuer"/>) or the effect on an existing licence (<see cref="LifecycleEffects"/>). Used by
/// the reviewer's decision; the instant approvals call their own issuer. Runs inside the caller's transaction.
/// The issuers share the certificate text (<see cref="LicenceCertificates"/>) and the numbering
/// (<see cref="NumberSequence"/>) instead of calling each other.
/// </summary>
internal sealed class LicenceGrant(LicenceIssuer issuer, ProductionIssuer production, LifecycleEffects lifecycle)
{
    public Task<Licence> GrantAsync(LicenceApplication application, OperatorSummary op, DateOnly today, CancellationToken ct) =>
        application.Kind switch
        {
            ApplicationKind.New => issuer.IssueAsync(application, op, today, ct),
            ApplicationKind.Production => production.IssueAsync(application, op, today, ct),
            _ => lifecycle.ApplyAsync(application, op, today, ct),
        };
}
