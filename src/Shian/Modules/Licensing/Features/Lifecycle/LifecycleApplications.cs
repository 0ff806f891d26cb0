using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Credit.Contracts;
using Shian.Modules.Licensing.Domain;
using Shian.Modules.Licensing.Features.Apply;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Kernel.Identifiers;
using Shian.Shared.Persistence;
using Shian.Shared.Security;
using Shian.Shared.Web;

namespace Shian.Modules.Licensing.Features.Lifecycle;

/// <summary>
/// Submits a change, renewal, replacement or cancellation of an existing licence: the caller must hold the
/// licence (enterprise user: own operator; staff: premises in scope), its state must admit the kind, then the
/// kind's rules decide at once or send it to review. An approval's effect is <see cref="LifecycleEffects"/>.
/// </summary>
internal sealed class LifecycleApplications(
    ShianDbContext db,
    CurrentUser user,
    TimeProvider time,
    IOperatorDirectory operators,
    ICreditChecks credit,
    IRuleBook rules,
    IWorkingDayCalendar calendar,
    IOperatorTimeline timeline,
    LicenceApplications applications,
    LifecycleEffects effects)
{
    public DateOnly Today => time.ChinaToday();

    public async Task<(ApplicationView View, bool Replayed)> SubmitAsync(
        string number, ApplicationKind kind, LifecycleRequest request, string? headerKey, CancellationToken ct)
    {
        var key = IdempotencyKeys.Read(headerKey, request.IdempotencyKey, LicensingErrors.IdempotencyKeyRequired);

        var submitter = user.UserId ?? throw ShianException.Forbidden(LicensingErrors.UserUnknown);
        var hash = IdempotencyKeys.Fingerprint(request, number, kind);
        await EnsureSameRequestAsync(submitter, key, hash, ct);
        if (await FindReplayAsync(submitter, key, ct) is { } replay)
        {
            return (replay, true);
        }

        var licence = await HeldLicenceAsync(number, ct);
        var today = Today;
        if (LifecycleRules.StateRefusal(kind, licence.StatusOn(today)) is { } refusal)
        {
            throw ShianException.Conflict(LicensingErrors.LicenceStateForbids, Messages.Get(refusal));
        }

        if (await db.Set<LicenceApplication>().Unscoped("one pending application per licence, whoever may see it")
                .AnyAsync(a => a.TargetLicenceId == licence.Id && a.Status == ApplicationStatus.UnderReview, ct))
        {
            throw ShianException.Conflict(LicensingErrors.ApplicationPending);
        }

        var op = await operators.FindAsync(licence.OperatorId, ct)
            ?? throw ShianException.NotFound(LicensingErrors.OperatorNotFound);
        var (details, facts) = kind switch
        {
            ApplicationKind.Change => await ChangeAsync(licence, (ChangeRequest)request, today, ct),
            ApplicationKind.Renewal => await RenewalAsync(licence, today, ct),
            ApplicationKind.Replacement => (new LifecycleDetails(Reason: ((ReplacementRequest)request).Reason), new Facts()),
            ApplicationKind.Cancellation => (new LifecycleDetails(Reason: ((CancellationRequest)request).Reason!.Trim()), new Facts()),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        var kindKey = kind.ToString().ToLowerInvariant();
        var result = LifecycleRules.Evaluate(
            new LifecycleFacts(
                kind, request.Commitment, request.Materials ?? [], facts.ItemsOutsideCommitment, facts.LegalRepresentativeBan,
                kind is ApplicationKind.Change or ApplicationKind.Renewal && await credit.FindSeriousViolationAsync(op.CreditCode, today, ct) is { } listing
                    ? $"{listing.Reason}，{listing.Decision}"
                    : null),
            new LifecycleRuleRows(
                await rules.GetSetAsync(LicensingRules.MaterialsOf(kindKey), today, ct),
                await rules.FindAsync(LicensingRules.CommitmentKinds, kindKey, today, ct),
                await rules.FindAsync(LicensingRules.Credit, "ban_and_listing_check", today, ct)));

        var now = time.GetUtcNow();
        var application = new LicenceApplication
        {
            Kind = kind,
            OperatorId = licence.OperatorId,
            PremisesAddress = licence.PremisesAddress,
            JurisdictionCode = licence.JurisdictionCode,
            BusinessType = licence.BusinessType,
            BusinessItems = details.BusinessItems is { } items ? string.Join(',', items) : licence.BusinessItems,
            LegalRepresentativeIdMasked = details.LegalRepresentativeIdMasked ?? "",
            Commitment = request.Commitment,
            MaterialsJson = JsonSerializer.Serialize(request.Materials ?? [], LicenceApplications.Json),
            SubmittedAt = now,
            DecisionDueOn = await calendar.AddWorkingDaysAsync(today, await rules.RequireIntAsync(LicensingRules.Deadlines, "decision_working_days", today, ct), ct),
            SubmittedBy = submitter,
            IdempotencyKey = key,
            RequestHash = hash,
            TargetLicenceId = licence.Id,
            FoodCategory = licence.FoodCategory,
            DetailsJson = JsonSerializer.Serialize(details, LicenceApplications.Json),
        };
        application.Decide(result.Approve, JsonSerializer.Serialize(result.Rules, LicenceApplications.Json), now);
        application.AttachLicence(licence.Id);

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.Add(application);
            if (result.Approve)
            {
                await effects.ApplyAsync(application, op, today, ct);
            }
            else
            {
                await timeline.AppendAsync(new OperatorTimelineEvent(
                    op.Id, "Licensing", $"licensing.{kindKey}_submitted",
                    LicensingText.Zh("licensing.timeline_submitted", LicensingText.Zh($"licensing.kind_{kindKey}"), licence.Number),
                    LicensingText.Zh("licensing.timeline_sent_to_review", ChinaTime.FormatDate(application.DecisionDueOn)), $"/verify/licence/{licence.Number}"), ct);
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two requests with the same key raced; the unique index let one win. Answer as a replay.
            db.ChangeTracker.Clear();
            await EnsureSameRequestAsync(submitter, key, hash, ct);
            return (await FindReplayAsync(submitter, key, ct) ?? throw new InvalidOperationException("Saving the application failed."), true);
        }

        return ((await applications.FindAsync(application.Id, ct))!, false);
    }

    /// <summary>The licence if the caller may act for its holder: 404 outside a staff scope, 403 for another enterprise.</summary>
    private async Task<Licence> HeldLicenceAsync(string number, CancellationToken ct)
    {
        number = IdentifierText.Normalise(number); // typed or scanned numbers may come full-width or with invisible marks
        if (user.OperatorId is { } own)
        {
            var licence = await db.Set<Licence>().Unscoped("an enterprise user acts on its own operator's licence (checked next)").FirstOrDefaultAsync(l => l.Number == number, ct)
                ?? throw NotFound();
            return licence.OperatorId == own
                ? licence
                : throw ShianException.Forbidden(LicensingErrors.NotYourLicence);
        }

        return await db.Set<Licence>().FirstOrDefaultAsync(l => l.Number == number, ct) ?? throw NotFound();
    }

    private async Task<(LifecycleDetails, Facts)> ChangeAsync(Licence licence, ChangeRequest request, DateOnly today, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(request.PremisesAddress) && request.PremisesAddress.Trim() != licence.PremisesAddress)
        {
            var row = await rules.FindAsync(LicensingRules.Change, "premises_address", today, ct);
            throw ShianException.Rule(LicensingErrors.PremisesChangeNeedsNewLicence, row?.Citation ?? Messages.Get("licensing.change_citation_fallback"));
        }

        var name = Changed(request.OperatorName, licence.OperatorName);
        var representative = Changed(request.LegalRepresentative, licence.LegalRepresentative);
        if (representative is not null && string.IsNullOrWhiteSpace(request.LegalRepresentativeIdNumber))
        {
            throw ShianException.InvalidFields(ErrorCodes.ValidationFailed, [(nameof(ChangeRequest.LegalRepresentativeIdNumber), "licensing.change_needs_id_number")]);
        }

        IReadOnlyList<string>? items = null;
        var outside = new List<string>();
        if (request.BusinessItems is { Length: > 0 })
        {
            var wanted = request.BusinessItems.Select(i => i.Trim()).Distinct().Order(StringComparer.Ordinal).ToList();
            if (string.Join(',', wanted) != licence.BusinessItems)
            {
                if (licence.IsProduction)
                {
                    throw ShianException.Invalid(LicensingErrors.UnknownItem, nameof(ChangeRequest.BusinessItems), Messages.Get("licensing.production_items_not_changeable"));
                }

                var known = await rules.GetSetAsync(LicensingRules.Items, today, ct);
                var unknown = wanted.Where(i => known.All(r => r.Key != $"{licence.BusinessType}:{i}")).ToList();
                if (unknown.Count > 0)
                {
                    throw ShianException.Invalid(
                        LicensingErrors.UnknownItem, nameof(ChangeRequest.BusinessItems),
                        Messages.Get("licensing.unknown_items_for_type", string.Join(Messages.Get("licensing.list_separator"), unknown)));
                }

                // Only items the licence does not have yet need to be within the commitment scope.
                var scope = await rules.GetSetAsync(LicensingRules.Commitment, today, ct);
                var held = licence.BusinessItems.Split(',', StringSplitOptions.RemoveEmptyEntries);
                outside.AddRange(wanted.Except(held)
                    .Where(i => (scope.FirstOrDefault(r => r.Key == $"{licence.BusinessType}:{i}") ?? scope.FirstOrDefault(r => r.Key == $"{licence.BusinessType}:*"))?.Value != "yes")
                    .Select(i => known.First(r => r.Key == $"{licence.BusinessType}:{i}").Value));
                items = wanted;
            }
        }

        if (name is null && representative is null && items is null)
        {
            throw ShianException.WithStatus(400, LicensingErrors.NothingToChange);
        }

        var idNumber = string.IsNullOrEmpty(request.LegalRepresentativeIdNumber) ? null : ResidentIdNumber.Parse(request.LegalRepresentativeIdNumber).Value;
        var ban = representative is not null && idNumber is not null && await credit.FindBanAsync(ResidentIdNumber.Parse(idNumber), today, ct) is { } b
            ? $"{Mask.PersonName(b.PersonName)}，{b.Reason}，{b.Decision}"
            : null;
        return (
            new LifecycleDetails(name, representative, representative is null ? null : Mask.IdNumber(idNumber), items),
            new Facts(outside, ban));
    }

    private async Task<(LifecycleDetails, Facts)> RenewalAsync(Licence licence, DateOnly today, CancellationToken ct)
    {
        if ((await RenewalWindowAsync(licence, today, ct)).Refusal is { } refusal)
        {
            throw ShianException.Conflict(LicensingErrors.OutsideRenewalWindow, refusal);
        }

        return (new LifecycleDetails(), new Facts());
    }

    /// <summary>
    /// The licence's renewal window as of <paramref name="today"/> (rule set <c>licensing.renewal</c>, working days
    /// through the calendar): the submission refuses with <see cref="RenewalWindow.Refusal"/>; the page shows when it opens.
    /// </summary>
    public async Task<RenewalWindow> RenewalWindowAsync(Licence licence, DateOnly today, CancellationToken ct)
    {
        var prefix = licence.IsProduction ? "SC" : "JY";
        var latest = await rules.RequireAsync(LicensingRules.Renewal, $"{prefix}:latest_working_days", today, ct);
        var earliest = (await rules.FindAsync(LicensingRules.Renewal, $"{prefix}:earliest_working_days", today, ct))?.AsInt();
        var left = await calendar.CountWorkingDaysAsync(today, licence.ValidUntil, ct);
        DateOnly? opensOn = null;
        if (earliest is { } e && left > e)
        {
            // The first day with at most e working days left: working days left only shrink as days pass.
            var (low, high) = (today, licence.ValidUntil);
            while (low < high)
            {
                var mid = low.AddDays((high.DayNumber - low.DayNumber) / 2);
                (low, high) = await calendar.CountWorkingDaysAsync(mid, licence.ValidUntil, ct) <= e ? (low, mid) : (mid.AddDays(1), high);
            }

            opensOn = low;
        }

        return new RenewalWindow(left, earliest, latest.AsInt(), opensOn, latest.Citation,
            LifecycleRules.RenewalWindowRefusal(left, earliest, latest.AsInt(), latest.Citation));
    }

    /// <summary>The licence if the caller may act for its holder (the lifecycle pages show it before the form).</summary>
    public Task<Licence> HeldAsync(string number, CancellationToken ct) => HeldLicenceAsync(number, ct);

    private async Task EnsureSameRequestAsync(Guid submitter, string key, string hash, CancellationToken ct) =>
        IdempotencyKeys.EnsureSameRequest(
            await db.Set<LicenceApplication>().Unscoped("a replay is found by its submitter and key wherever the application lies")
                .Where(a => a.SubmittedBy == submitter && a.IdempotencyKey == key).Select(a => a.RequestHash).FirstOrDefaultAsync(ct),
            hash);

    private async Task<ApplicationView?> FindReplayAsync(Guid submitter, string key, CancellationToken ct) =>
        await db.Set<LicenceApplication>().Unscoped("a replay is found by its submitter and key wherever the application lies").Where(a => a.SubmittedBy == submitter && a.IdempotencyKey == key)
            .Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct) is { } id
            ? await applications.FindAsync(id, ct)
            : null;

    private static string? Changed(string? wanted, string? current) =>
        string.IsNullOrWhiteSpace(wanted) || wanted.Trim() == current ? null : wanted.Trim();

    private static ShianException NotFound() => ShianException.NotFound(LicensingErrors.LicenceNotFound);

    private sealed record Facts(IReadOnlyList<string> ItemsOutsideCommitment, string? LegalRepresentativeBan = null)
    {
        public Facts()
            : this([])
        {
        }
    }
}

/// <summary>Where a licence stands in its renewal window; <see cref="Refusal"/> is null while renewal is possible.</summary>
internal sealed record RenewalWindow(int WorkingDaysLeft, int? EarliestWorkingDays, int LatestWorkingDays, DateOnly? OpensOn, string Citation, string? Refusal);
