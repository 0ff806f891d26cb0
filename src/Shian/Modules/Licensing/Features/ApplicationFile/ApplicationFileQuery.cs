using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Licensing.Domain;
using Shian.Modules.Licensing.Features.Apply;
using Shian.Modules.Licensing.Features.Lifecycle;
using Shian.Modules.Licensing.Features.Materials;
using Shian.Modules.Licensing.Features.ReviewQueue;
using Shian.Modules.Licensing.Features.SiteVerifications;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Licensing.Features.ApplicationFile;

/// <summary>
/// The application file as the applicant and the reviewer read it: rules, checklist and files, site verifications,
/// the statutory clock and the decision.
/// </summary>
internal sealed class ApplicationFileQuery(
    ShianDbContext db,
    CurrentUser user,
    TimeProvider time,
    IRuleBook rules,
    IJurisdictionDirectory jurisdictions,
    LicenceMaterials materials,
    DecisionClock clock)
{
    /// <summary>The application as its reader may see it: staff in scope, the enterprise user its own operator's.</summary>
    public async Task<ApplicationDetails?> DetailsAsync(Guid id, CancellationToken ct)
    {
        var a = await Visible().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (a is null)
        {
            return null;
        }

        var today = time.ChinaToday();
        var due = await clock.OfAsync(a.SubmittedAt, today, ct);
        var submittedOn = a.SubmittedAt.ChinaDate();
        var type = await rules.FindAsync(LicensingRules.BusinessTypes, a.BusinessType.ToString(CultureInfo.InvariantCulture), submittedOn, ct);
        var itemRows = await rules.GetSetAsync(LicensingRules.Items, submittedOn, ct);
        var licence = a.LicenceId is { } licenceId
            ? await db.Set<Licence>().Unscoped("the licence has the application's operator and town: who sees one may see the other").AsNoTracking().Where(l => l.Id == licenceId)
                .Select(l => new { l.Number, l.DocumentId }).FirstOrDefaultAsync(ct)
            : null;
        var checklist = await ChecklistAsync(a, submittedOn, ct);
        var verifications = await db.Set<SiteVerification>().Unscoped("the caller has already found the application these verifications belong to").AsNoTracking()
            .Where(v => v.ApplicationId == a.Id).OrderBy(v => v.RequestedAt)
            .Select(SiteVerificationOrders.Projection).ToListAsync(ct);
        return new ApplicationDetails(
            a.Id, a.Status.ToString(), a.OperatorId, a.OperatorName, a.PremisesAddress, a.JurisdictionCode,
            await jurisdictions.DisplayNameAsync(a.JurisdictionCode, ct),
            a.BusinessType, type?.Value ?? a.BusinessType.ToString(CultureInfo.InvariantCulture),
            a.Items.Select(i => itemRows.FirstOrDefault(r => r.Key == $"{a.BusinessType}:{i}")?.Value ?? i).ToList(),
            a.Commitment, a.LegalRepresentativeIdMasked,
            a.KeyStaffIdsMasked.Split(',', StringSplitOptions.RemoveEmptyEntries), a.SubmittedAt, a.DecidedAt,
            due.DueOn, due.WorkingDaysLeft, due.Overdue, (await clock.DeadlineRuleAsync(submittedOn, ct)).Citation,
            licence?.Number, licence?.DocumentId,
            JsonSerializer.Deserialize<List<RuleOutcome>>(a.RulesJson, LicenceApplications.Json) ?? [],
            checklist, verifications, a.ReviewerName, a.ReviewReason, a.ReviewedAt,
            a.Kind.ToString(), RequestedChanges(a),
            a.FoodCategory is { } category ? (await rules.FindAsync(LicensingRules.FoodCategories, category, submittedOn, ct))?.Value ?? category : null,
            a.SiteReviewNote);
    }

    /// <summary>New applications: the uploaded files per item; other kinds: their own checklist answered yes/no.</summary>
    private async Task<List<ChecklistItem>> ChecklistAsync(LicenceApplication a, DateOnly submittedOn, CancellationToken ct)
    {
        if (a.Kind == ApplicationKind.New)
        {
            var files = await materials.ForApplicationAsync(a.Id, ct);
            return [.. (await materials.ChecklistAsync(ct)).Select(r => new ChecklistItem(r.Key, r.Value, r.Citation, files.LastOrDefault(f => f.Material == r.Key)))];
        }

        var answers = JsonSerializer.Deserialize<Dictionary<string, bool>>(a.MaterialsJson, LicenceApplications.Json) ?? [];
        return [.. (await rules.GetSetAsync(LicensingRules.MaterialsOf(a.Kind.ToString().ToLowerInvariant()), submittedOn, ct))
            .Select(r => new ChecklistItem(r.Key, r.Value, r.Citation, null, answers.GetValueOrDefault(r.Key)))];
    }

    /// <summary>What a change, replacement or cancellation asked for, in the applicant's words (ID numbers masked).</summary>
    private static List<string> RequestedChanges(LicenceApplication a)
    {
        if (a.Kind is ApplicationKind.New or ApplicationKind.Production)
        {
            return [];
        }

        var d = JsonSerializer.Deserialize<LifecycleDetails>(a.DetailsJson, LicenceApplications.Json) ?? new LifecycleDetails();
        List<string> lines = [];
        if (d.OperatorName is { } name)
        {
            lines.Add(Messages.Get("licensing.requested_name", name));
        }

        if (d.LegalRepresentative is { } person)
        {
            lines.Add(Messages.Get("licensing.requested_representative", person, d.LegalRepresentativeIdMasked));
        }

        if (d.BusinessItems is { } items)
        {
            lines.Add(Messages.Get("licensing.requested_items", string.Join(Messages.Get("licensing.list_separator"), items)));
        }

        if (d.Reason is { } reason)
        {
            lines.Add(a.Kind == ApplicationKind.Replacement
                ? Messages.Get(reason == "lost" ? "licensing.requested_replacement_lost" : "licensing.requested_replacement_damaged")
                : Messages.Get("licensing.requested_reason", reason));
        }

        return lines;
    }

    private IQueryable<LicenceApplication> Visible() => user.OperatorId is { } own
        ? db.Set<LicenceApplication>().Unscoped("an enterprise user reads its own operator's applications").Where(a => a.OperatorId == own)
        : db.Set<LicenceApplication>();
}

/// <summary>Everything the applicant and the reviewer see of one application.</summary>
internal sealed record ApplicationDetails(
    Guid Id, string Status, Guid OperatorId, string OperatorName, string PremisesAddress, string JurisdictionCode, string TownName,
    int BusinessType, string BusinessTypeName, IReadOnlyList<string> BusinessItemNames, bool Commitment,
    string LegalRepresentativeIdMasked, IReadOnlyList<string> KeyStaffIdsMasked, DateTimeOffset SubmittedAt, DateTimeOffset? DecidedAt,
    DateOnly DueOn, int WorkingDaysLeft, bool Overdue, string DeadlineCitation,
    string? LicenceNumber, Guid? LicenceDocumentId, IReadOnlyList<RuleOutcome> Rules,
    IReadOnlyList<ChecklistItem> Checklist, IReadOnlyList<SiteVerificationView> SiteVerifications,
    string? ReviewerName, string? ReviewReason, DateTimeOffset? ReviewedAt,
    string Kind, IReadOnlyList<string> RequestedChanges, string? FoodCategoryName, string? SiteReviewNote);

/// <summary>
/// A checklist item and the file uploaded for it, if any; lifecycle and SC applications answer their checklist
/// yes/no instead (<see cref="Provided"/>, null for new applications).
/// </summary>
internal sealed record ChecklistItem(string Key, string Name, string Citation, MaterialView? File, bool? Provided = null);
