using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Documents.Contracts;
using Shian.Modules.Licensing.Domain;
using Shian.Modules.Licensing.Features.Apply;
using Shian.Modules.Licensing.Features.Grant;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Licensing.Features.Lifecycle;

/// <summary>
/// What an approved change, renewal, replacement or cancellation does, whether it was approved at once or by a
/// reviewer (<see cref="Grant.LicenceGrant"/> hands those kinds here).
/// Runs inside the caller's transaction; adds the timeline entry and, where the certificate changes, a new PDF.
/// </summary>
internal sealed class LifecycleEffects(
    ShianDbContext db,
    IRuleBook rules,
    IDocumentIssuer documents,
    IOperatorTimeline timeline,
    LicenceCertificates certificates)
{
    public async Task<Licence> ApplyAsync(LicenceApplication application, OperatorSummary op, DateOnly today, CancellationToken ct)
    {
        var licence = db.ChangeTracker.Entries<Licence>().Select(e => e.Entity).FirstOrDefault(l => l.Id == application.TargetLicenceId)
            ?? await db.Set<Licence>().Unscoped("the approved application names its licence; the approval was already authorised").FirstAsync(l => l.Id == application.TargetLicenceId, ct);
        var details = JsonSerializer.Deserialize<LifecycleDetails>(application.DetailsJson, LicenceApplications.Json) ?? new LifecycleDetails();
        application.AttachLicence(licence.Id);
        var link = $"/verify/licence/{licence.Number}";
        switch (application.Kind)
        {
            case ApplicationKind.Change:
                var changes = Describe(licence, details);
                licence.OperatorName = details.OperatorName ?? licence.OperatorName;
                licence.LegalRepresentative = details.LegalRepresentative ?? licence.LegalRepresentative;
                licence.BusinessItems = details.BusinessItems is { } items ? string.Join(',', items) : licence.BusinessItems;
                await ReissueAsync(licence, op, today, ct);
                await AppendAsync(op, "licensing.licence_changed", LicensingText.Zh("licensing.timeline_licence_changed", licence.Number), string.Join("；", changes), link, ct);
                break;
            case ApplicationKind.Renewal:
                licence.Renew(await rules.RequireIntAsync(LicensingRules.Validity, licence.IsProduction ? "production_years" : "years", today, ct));
                await ReissueAsync(licence, op, today, ct);
                await AppendAsync(
                    op, "licensing.licence_renewed", LicensingText.Zh("licensing.timeline_licence_renewed", licence.Number),
                    LicensingText.Zh("licensing.timeline_renewed_until", ChinaTime.FormatDate(licence.ValidUntil)), link, ct);
                break;
            case ApplicationKind.Replacement:
                await ReissueAsync(licence, op, today, ct);
                await AppendAsync(
                    op, "licensing.licence_replaced", LicensingText.Zh("licensing.timeline_licence_replaced", licence.Number),
                    LicensingText.Zh(details.Reason == "lost" ? "licensing.timeline_replaced_lost" : "licensing.timeline_replaced_damaged"), link, ct);
                break;
            case ApplicationKind.Cancellation:
                licence.Cancel(today, details.Reason ?? LicensingText.Zh("licensing.cancellation_default_reason"));
                await AppendAsync(
                    op, "licensing.licence_cancelled", LicensingText.Zh("licensing.timeline_licence_cancelled", licence.Number),
                    LicensingText.Zh("licensing.timeline_cancellation_reason", details.Reason), link, ct);
                break;
            default:
                throw new InvalidOperationException($"{application.Kind} applications have no lifecycle effect.");
        }

        return licence;
    }

    /// <summary>A new certificate with the same number: the licence's current content, name and legal representative.</summary>
    private async Task ReissueAsync(Licence licence, OperatorSummary op, DateOnly today, CancellationToken ct)
    {
        var holder = op with { Name = licence.OperatorName, LegalRepresentative = licence.LegalRepresentative ?? op.LegalRepresentative };
        var content = licence.IsProduction
            ? await certificates.ProductionLicenceAsync(licence, holder, ct)
            : await certificates.BusinessLicenceAsync(licence, holder, today, ct);
        licence.DocumentId = (await documents.IssueAsync(content, ct)).Id;
    }

    private static List<string> Describe(Licence licence, LifecycleDetails details)
    {
        var changes = new List<string>();
        if (details.OperatorName is { } name)
        {
            changes.Add(LicensingText.Zh("licensing.timeline_name_changed", licence.OperatorName, name));
        }

        if (details.LegalRepresentative is { } representative)
        {
            changes.Add(LicensingText.Zh("licensing.timeline_representative_changed", representative));
        }

        if (details.BusinessItems is { } items)
        {
            changes.Add(LicensingText.Zh("licensing.timeline_items_changed", licence.BusinessItems, string.Join(',', items)));
        }

        return changes;
    }

    private Task AppendAsync(OperatorSummary op, string kind, string title, string detail, string link, CancellationToken ct) =>
        timeline.AppendAsync(new OperatorTimelineEvent(op.Id, "Licensing", kind, title, detail, link), ct);
}
