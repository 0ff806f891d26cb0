using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Credit.Contracts;
using Shian.Modules.Licensing.Domain;
using Shian.Modules.Licensing.Features.Materials;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Kernel.Identifiers;
using Shian.Shared.Persistence;
using Shian.Shared.Security;
using Shian.Shared.Web;

namespace Shian.Modules.Licensing.Features.Apply;

/// <summary>
/// Submits an application and decides it at once (秒批): every rule is evaluated; if all pass the licence is
/// issued in the same transaction, otherwise the application waits for a reviewer.
/// </summary>
internal sealed class LicenceApplications(
    ShianDbContext db,
    CurrentUser user,
    TimeProvider time,
    IOperatorDirectory operators,
    ICreditChecks credit,
    IRuleBook rules,
    IJurisdictionDirectory jurisdictions,
    IWorkingDayCalendar calendar,
    LicenceIssuer issuer,
    LicenceMaterials materials)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<(ApplicationView View, bool Replayed)> SubmitAsync(ApplyRequest request, string? headerKey, CancellationToken ct)
    {
        var key = IdempotencyKeys.Read(headerKey, request.IdempotencyKey, LicensingErrors.IdempotencyKeyRequired);

        var submitter = user.UserId ?? throw ShianException.Forbidden(LicensingErrors.UserUnknown);
        var hash = IdempotencyKeys.Fingerprint(request);
        await EnsureSameRequestAsync(submitter, key, hash, ct);
        if (await FindReplayAsync(submitter, key, ct) is { } replay)
        {
            return (replay, true);
        }

        var op = await Applicant.FindAsync(user, operators, request.OperatorId, ct);
        var town = await jurisdictions.FindAsync(request.PremisesTownCode!, ct);
        if (town?.Level != JurisdictionLevels.Town)
        {
            throw ShianException.Invalid(LicensingErrors.UnknownTown, nameof(request.PremisesTownCode));
        }

        var now = time.GetUtcNow();
        var today = now.ChinaDate();
        var items = request.BusinessItems!.Select(i => i.Trim()).Distinct().Order(StringComparer.Ordinal).ToList();
        await CheckTypeAndItemsAsync(request.BusinessType, items, today, ct);

        var address = request.PremisesAddress!.Trim();
        var files = await materials.ResolveAsync(request.MaterialFiles, op.Id, ct);
        var facts = new ApprovalFacts(
            request.BusinessType,
            items,
            request.Commitment,
            LicenceMaterials.Presence(files),
            Describe(await credit.FindBanAsync(ResidentIdNumber.Parse(request.LegalRepresentativeIdNumber), today, ct)),
            await KeyStaffBansAsync(request.KeyStaffIdNumbers ?? [], today, ct),
            await credit.FindSeriousViolationAsync(op.CreditCode, today, ct) is { } listing ? $"{listing.Reason}，{listing.Decision}" : null,
            await db.Set<Licence>().Unscoped("one valid licence per premises and business type across the city")
                .Where(l => l.PremisesAddress == address && l.BusinessType == request.BusinessType &&
                            l.Status == LicenceStatus.Valid && l.ValidUntil >= today)
                .Select(l => l.Number).FirstOrDefaultAsync(ct));
        var result = InstantApprovalRules.Evaluate(facts, await RuleRowsAsync(today, ct));

        var application = new LicenceApplication
        {
            OperatorId = op.Id,
            OperatorName = op.Name,
            PremisesAddress = address,
            JurisdictionCode = town.Code,
            BusinessType = request.BusinessType,
            BusinessItems = string.Join(',', items),
            LegalRepresentativeIdMasked = Mask.IdNumber(ResidentIdNumber.Parse(request.LegalRepresentativeIdNumber).Value),
            KeyStaffIdsMasked = string.Join(',', (request.KeyStaffIdNumbers ?? []).Select(id => Mask.IdNumber(ResidentIdNumber.Parse(id).Value))),
            Commitment = request.Commitment,
            MaterialsJson = JsonSerializer.Serialize(LicenceMaterials.Presence(files), Json),
            SubmittedAt = now,
            DecisionDueOn = await calendar.AddWorkingDaysAsync(today, await rules.RequireIntAsync(LicensingRules.Deadlines, "decision_working_days", today, ct), ct),
            SubmittedBy = submitter,
            IdempotencyKey = key,
            RequestHash = hash,
        };
        application.Decide(result.Approve, JsonSerializer.Serialize(result.Rules, Json), now);
        foreach (var file in files)
        {
            file.AttachTo(application);
        }

        try
        {
            await SaveAsync(application, op, result.Approve, today, ct);
        }
        catch (DbUpdateException)
        {
            // Two requests with the same key raced; the unique index let one win. Answer as a replay.
            db.ChangeTracker.Clear();
            await EnsureSameRequestAsync(submitter, key, hash, ct);
            return (await FindReplayAsync(submitter, key, ct) ?? throw new InvalidOperationException("Saving the application failed."), true);
        }

        return ((await FindAsync(application.Id, ct))!, false);
    }

    public Task<ApplicationView?> FindAsync(Guid id, CancellationToken ct) => ViewAsync(Visible().Where(a => a.Id == id), ct);

    private async Task SaveAsync(LicenceApplication application, OperatorSummary op, bool approve, DateOnly today, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Add(application);
        if (approve)
        {
            await issuer.IssueAsync(application, op, today, ct);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private async Task EnsureSameRequestAsync(Guid submitter, string key, string hash, CancellationToken ct) =>
        IdempotencyKeys.EnsureSameRequest(
            await db.Set<LicenceApplication>().Unscoped("a replay is found by its submitter and key wherever the application lies")
                .Where(a => a.SubmittedBy == submitter && a.IdempotencyKey == key).Select(a => a.RequestHash).FirstOrDefaultAsync(ct),
            hash);

    private Task<ApplicationView?> FindReplayAsync(Guid submitter, string key, CancellationToken ct) =>
        ViewAsync(db.Set<LicenceApplication>().Unscoped("a replay is found by its submitter and key wherever the application lies").Where(a => a.SubmittedBy == submitter && a.IdempotencyKey == key), ct);

    /// <summary>Enterprise users see their own operator's applications; staff see their scope (query filter).</summary>
    private IQueryable<LicenceApplication> Visible() => user.OperatorId is { } own
        ? db.Set<LicenceApplication>().Unscoped("an enterprise user reads its own operator's applications").Where(a => a.OperatorId == own)
        : db.Set<LicenceApplication>();

    private async Task<ApplicationView?> ViewAsync(IQueryable<LicenceApplication> query, CancellationToken ct)
    {
        var a = await query.AsNoTracking().FirstOrDefaultAsync(ct);
        if (a is null)
        {
            return null;
        }

        // The licence belongs to the same operator and town as the application, so whoever sees one may see the other.
        var number = a.LicenceId is { } licenceId
            ? await db.Set<Licence>().Unscoped("the licence has the application's operator and town: who sees one may see the other").Where(l => l.Id == licenceId).Select(l => l.Number).FirstOrDefaultAsync(ct)
            : null;
        return new ApplicationView(
            a.Id, a.Kind.ToString(), a.OperatorId, a.PremisesAddress, a.JurisdictionCode, a.BusinessType, a.Items, a.Commitment,
            a.LegalRepresentativeIdMasked, a.Status.ToString(), a.SubmittedAt, a.DecidedAt, a.DecisionDueOn, number,
            JsonSerializer.Deserialize<List<RuleOutcome>>(a.RulesJson, Json) ?? []);
    }

    private async Task CheckTypeAndItemsAsync(int businessType, List<string> items, DateOnly today, CancellationToken ct)
    {
        var types = await rules.GetSetAsync(LicensingRules.BusinessTypes, today, ct);
        if (types.All(t => t.Key != businessType.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            throw ShianException.Invalid(LicensingErrors.UnknownBusinessType, nameof(ApplyRequest.BusinessType));
        }

        var known = (await rules.GetSetAsync(LicensingRules.Items, today, ct)).Select(r => r.Key).ToHashSet();
        var unknown = items.Where(i => !known.Contains($"{businessType}:{i}")).ToList();
        if (unknown.Count > 0)
        {
            throw ShianException.Invalid(
                LicensingErrors.UnknownItem, nameof(ApplyRequest.BusinessItems),
                Messages.Get("licensing.unknown_items_for_type", string.Join(Messages.Get("licensing.list_separator"), unknown)));
        }
    }

    private async Task<IReadOnlyList<string>> KeyStaffBansAsync(IEnumerable<string> idNumbers, DateOnly today, CancellationToken ct)
    {
        var bans = new List<string>();
        foreach (var id in idNumbers.Select(ResidentIdNumber.Parse).Distinct())
        {
            if (Describe(await credit.FindBanAsync(id, today, ct)) is { } ban)
            {
                bans.Add(ban);
            }
        }

        return bans;
    }

    /// <summary>The name is masked: the applicant sees why, not the banned person's full identity.</summary>
    private static string? Describe(BanFinding? ban) =>
        ban is null ? null : $"{Mask.PersonName(ban.PersonName)}，{ban.Reason}，{ban.Decision}";

    private async Task<ApprovalRuleRows> RuleRowsAsync(DateOnly today, CancellationToken ct)
    {
        var materials = await rules.RequireSetAsync(LicensingRules.Materials, today, ct);
        var commitment = await rules.RequireSetAsync(LicensingRules.Commitment, today, ct);

        return new ApprovalRuleRows(
            await rules.GetSetAsync(LicensingRules.Items, today, ct),
            materials,
            commitment,
            await rules.FindAsync(LicensingRules.Credit, "ban_and_listing_check", today, ct),
            await rules.FindAsync(LicensingRules.Duplicate, "one_per_premises_type", today, ct));
    }

}
