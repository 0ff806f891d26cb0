using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Documents.Contracts;
using Shian.Modules.Licensing.Domain;
using Shian.Modules.Licensing.Features.Apply;
using Shian.Modules.Licensing.Features.Production;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Persistence;

namespace Shian.Modules.Licensing.Features.Lifecycle;

/// <summary>
/// What an approved change, renewal, replacement, cancellation or production application does, whether it was
/// approved at once or by a reviewer (<see cref="LicenceIssuer.IssueAsync"/> hands every non-new kind here).
/// Runs inside the caller's transaction; adds the timeline entry and, where the certificate changes, a new PDF.
/// </summary>
internal sealed class LifecycleEffects(
    ShianDbContext db,
    IRuleBook rules,
    IDocumentIssuer documents,
    IOperatorTimeline timeline,
    LicenceIssuer issuer,
    ProductionIssuer production)
{
    public async Task<Licence> ApplyAsync(LicenceApplication application, OperatorSummary op, DateOnly today, CancellationToken ct)
    {
        if (application.Kind == ApplicationKind.Production)
        {
            return await production.IssueAsync(application, op, today, ct);
        }

        var licence = db.ChangeTracker.Entries<Licence>().Select(e => e.Entity).FirstOrDefault(l => l.Id == application.TargetLicenceId)
            ?? await db.Set<Licence>().IgnoreQueryFilters().FirstAsync(l => l.Id == application.TargetLicenceId, ct);
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
                await AppendAsync(op, "licensing.licence_changed", $"变更许可证 {licence.Number}", string.Join("；", changes), link, ct);
                break;
            case ApplicationKind.Renewal:
                var years = await rules.FindAsync("licensing.validity", licence.IsProduction ? "production_years" : "years", today, ct)
                    ?? throw new InvalidOperationException("Rule licensing.validity is missing.");
                licence.Renew(years.AsInt());
                await ReissueAsync(licence, op, today, ct);
                await AppendAsync(op, "licensing.licence_renewed", $"延续许可证 {licence.Number}", $"有效期延续至 {licence.ValidUntil:yyyy-MM-dd}", link, ct);
                break;
            case ApplicationKind.Replacement:
                await ReissueAsync(licence, op, today, ct);
                await AppendAsync(op, "licensing.licence_replaced", $"补办许可证 {licence.Number}", details.Reason == "lost" ? "原证遗失，补发新证" : "原证损坏，补发新证", link, ct);
                break;
            case ApplicationKind.Cancellation:
                licence.Cancel(today, details.Reason ?? "申请注销");
                await AppendAsync(op, "licensing.licence_cancelled", $"注销许可证 {licence.Number}", $"注销原因：{details.Reason}", link, ct);
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
            ? await production.DocumentAsync(licence, holder, ct)
            : await issuer.DocumentAsync(licence, holder, today, ct);
        licence.DocumentId = (await documents.IssueAsync(content, ct)).Id;
    }

    private static List<string> Describe(Licence licence, LifecycleDetails details)
    {
        var changes = new List<string>();
        if (details.OperatorName is { } name)
        {
            changes.Add($"名称：{licence.OperatorName} → {name}");
        }

        if (details.LegalRepresentative is { } representative)
        {
            changes.Add($"法定代表人（负责人）变更为 {representative}");
        }

        if (details.BusinessItems is { } items)
        {
            changes.Add($"经营项目：{licence.BusinessItems} → {string.Join(',', items)}");
        }

        return changes;
    }

    private Task AppendAsync(OperatorSummary op, string kind, string title, string detail, string link, CancellationToken ct) =>
        timeline.AppendAsync(new OperatorTimelineEvent(op.Id, "Licensing", kind, title, detail, link), ct);
}
