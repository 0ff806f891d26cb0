using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Credit.Contracts;
using Shian.Modules.Licensing.Contracts;
using Shian.Modules.Licensing.Domain;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Kernel.Identifiers;
using Shian.Shared.Persistence;
using Shian.Shared.Security;
using Shian.Shared.Web;

namespace Shian.Modules.Licensing.Features.Revocation;

/// <summary>
/// 吊销: a legal reviewer or administrator records the penalty decision that revokes a valid licence. In one
/// transaction: the licence becomes Revoked (the public page says 已吊销 with the date), the legal representative's
/// 5-year ban goes to Credit (Food Safety Law Art. 135, years from rule <c>licensing.revocation/ban_years</c>), the
/// operator's timeline and inbox are told, applications of the licence still under review are refused and
/// <see cref="LicenceRevoked"/> is raised. The same decision number again
/// is a replay (200, nothing repeated); any other ended licence is refused (409).
/// </summary>
internal sealed class LicenceRevocations(
    ShianDbContext db,
    CurrentUser user,
    TimeProvider time,
    IRuleBook rules,
    IOperatorDirectory operators,
    IOperatorTimeline timeline,
    IOperatorInbox inbox,
    IIndustryBanRegistry bans)
{
    public DateOnly Today => time.ChinaToday();

    public async Task<(RevocationView View, bool Replayed)> RevokeAsync(string licenceRef, RevocationRequest request, CancellationToken ct)
    {
        // Staff only (permission); the query filter hides licences outside the caller's scope → 404.
        var licence = await (Guid.TryParse(licenceRef, out var id)
                ? db.Set<Licence>().FirstOrDefaultAsync(l => l.Id == id, ct)
                : db.Set<Licence>().FirstOrDefaultAsync(l => l.Number == IdentifierText.Normalise(licenceRef), ct))
            ?? throw ShianException.NotFound(LicensingErrors.LicenceNotFound);
        var decision = request.DecisionNumber!.Trim();
        var decidedOn = request.DecidedOn!.Value;
        var reason = request.Reason!.Trim();
        var today = Today;
        var ruleOn = decidedOn <= today ? decidedOn : today;
        var banRule = await rules.RequireAsync(LicensingRules.Revocation, "ban_years", ruleOn, ct);
        var op = await operators.FindAsync(licence.OperatorId, ct);
        var person = licence.LegalRepresentative ?? op?.LegalRepresentative ?? "";

        if (licence.Status == LicenceStatus.Revoked && licence.RevocationDecisionNumber == decision)
        {
            return (View(licence, person, banRule), true);
        }

        if (licence.StatusOn(today) is var state && state != LicenceStatus.Valid)
        {
            throw ShianException.Conflict(LicensingErrors.LicenceNotRevocable, state switch
            {
                LicenceStatus.Revoked => Messages.Get("licensing.revocation_already_revoked", Day(licence.EndedOn), licence.RevocationDecisionNumber),
                LicenceStatus.Cancelled => Messages.Get("licensing.revocation_cancelled", Day(licence.EndedOn)),
                _ => Messages.Get("licensing.revocation_expired", ChinaTime.FormatDate(licence.ValidUntil)),
            });
        }

        if (decidedOn > today || decidedOn < licence.IssuedOn)
        {
            throw ShianException.InvalidFields(
                ErrorCodes.ValidationFailed,
                [(nameof(request.DecidedOn), decidedOn > today ? "licensing.decided_on_in_future" : "licensing.decided_on_before_issue")]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        licence.Revoke(decidedOn, decision, reason);

        // A change, renewal, … of the revoked licence still under review can no longer be granted: refuse it now.
        var pending = await db.Set<LicenceApplication>().Unscoped("every pending application of the revoked licence is refused, whoever may see it")
            .Where(a => a.TargetLicenceId == licence.Id && a.Status == ApplicationStatus.UnderReview).ToListAsync(ct);
        foreach (var application in pending)
        {
            application.Review(false, user.UserId ?? Guid.Empty, user.Name, LicensingText.Zh("licensing.revoked_application_refusal", decision), time.GetUtcNow());
        }

        db.Raise(new LicenceRevoked(licence.Id, licence.Number, licence.OperatorId, licence.JurisdictionCode, decision, decidedOn, reason));
        var banUntil = decidedOn.AddYears(banRule.AsInt());
        await bans.RecordAsync(new IndustryBanEntry(
            person, ResidentIdNumber.Parse(request.LegalRepresentativeIdNumber).Value,
            LicensingText.Zh("licensing.ban_reason", licence.Number, banRule.Citation, reason), decision, decidedOn, banUntil), ct);
        var link = $"/verify/licence/{licence.Number}";
        await timeline.AppendAsync(new OperatorTimelineEvent(
            licence.OperatorId, "Licensing", "licensing.licence_revoked", LicensingText.Zh("licensing.timeline_licence_revoked", licence.Number),
            LicensingText.Zh("licensing.timeline_revocation_detail", decision, ChinaTime.FormatDate(decidedOn), reason), link), ct);
        await inbox.PostAsync(new OperatorInboxMessage(
            licence.OperatorId, "Licensing", "licensing.licence_revoked", LicensingText.Zh("licensing.inbox_licence_revoked", licence.Number),
            LicensingText.Zh(
                "licensing.inbox_licence_revoked_detail", decision, ChinaTime.FormatDate(decidedOn), licence.Number, reason, banRule.AsInt(), banRule.Citation),
            link), ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (View(licence, person, banRule), false);
    }

    /// <summary>The licence as the revoke page shows it: in the caller's scope, else null.</summary>
    public Task<Licence?> FindAsync(string number, CancellationToken ct) =>
        db.Set<Licence>().AsNoTracking().FirstOrDefaultAsync(l => l.Number == number, ct);

    /// <summary>The ban period rule in force today (the page cites it next to the form).</summary>
    public Task<RuleValue?> BanRuleAsync(CancellationToken ct) => rules.FindAsync(LicensingRules.Revocation, "ban_years", Today, ct);

    private static string Day(DateOnly? day) => day is { } d ? ChinaTime.FormatDate(d) : "";

    private static RevocationView View(Licence licence, string person, RuleValue banRule) => new(
        licence.Id, licence.Number, licence.Status.ToString(), licence.RevocationDecisionNumber!, licence.EndedOn!.Value, licence.EndReason!,
        person, licence.EndedOn!.Value.AddYears(banRule.AsInt()), banRule.Citation);
}
