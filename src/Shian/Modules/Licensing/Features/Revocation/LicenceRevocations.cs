using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Credit.Contracts;
using Shian.Modules.Licensing.Contracts;
using Shian.Modules.Licensing.Domain;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Kernel;
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
                : db.Set<Licence>().FirstOrDefaultAsync(l => l.Number == licenceRef, ct))
            ?? throw ShianException.NotFound(LicensingErrors.LicenceNotFound, "未找到该许可证，或该许可证不在您的辖区内。");
        var decision = request.DecisionNumber!.Trim();
        var decidedOn = request.DecidedOn!.Value;
        var reason = request.Reason!.Trim();
        var today = Today;
        var ruleOn = decidedOn <= today ? decidedOn : today;
        var banRule = await rules.FindAsync("licensing.revocation", "ban_years", ruleOn, ct)
            ?? throw new InvalidOperationException("Rule licensing.revocation/ban_years is missing.");
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
                LicenceStatus.Revoked => $"该许可证已于 {licence.EndedOn:yyyy-MM-dd} 被吊销（{licence.RevocationDecisionNumber}），不能再次吊销。",
                LicenceStatus.Cancelled => $"该许可证已于 {licence.EndedOn:yyyy-MM-dd} 注销，不能吊销。",
                _ => $"该许可证已于 {licence.ValidUntil:yyyy-MM-dd} 有效期届满，不能吊销。",
            });
        }

        if (decidedOn > today || decidedOn < licence.IssuedOn)
        {
            var message = decidedOn > today ? "处罚决定日期不能晚于今天" : "处罚决定日期不能早于许可证发证日期";
            throw new ShianException(ErrorCodes.ValidationFailed, message, 400,
                new Dictionary<string, string[]> { ["decidedOn"] = [message] });
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        licence.Revoke(decidedOn, decision, reason);

        // A change, renewal, … of the revoked licence still under review can no longer be granted: refuse it now.
        var pending = await db.Set<LicenceApplication>().IgnoreQueryFilters()
            .Where(a => a.TargetLicenceId == licence.Id && a.Status == ApplicationStatus.UnderReview).ToListAsync(ct);
        foreach (var application in pending)
        {
            application.Review(false, user.UserId ?? Guid.Empty, user.Name, $"许可证已被吊销（{decision}），申请不予许可。", time.GetUtcNow());
        }

        db.Raise(new LicenceRevoked(licence.Id, licence.Number, licence.OperatorId, licence.JurisdictionCode, decision, decidedOn, reason));
        var banUntil = decidedOn.AddYears(banRule.AsInt());
        await bans.RecordAsync(new IndustryBanEntry(
            person, request.LegalRepresentativeIdNumber!.Trim(),
            $"许可证 {licence.Number} 被吊销，{banRule.Citation}：{reason}", decision, decidedOn, banUntil), ct);
        var link = $"/verify/licence/{licence.Number}";
        await timeline.AppendAsync(new OperatorTimelineEvent(
            licence.OperatorId, "Licensing", "licensing.licence_revoked", $"吊销许可证 {licence.Number}",
            $"{decision}，{decidedOn:yyyy-MM-dd}：{reason}", link), ct);
        await inbox.PostAsync(new OperatorInboxMessage(
            licence.OperatorId, "Licensing", "licensing.licence_revoked", $"您的许可证 {licence.Number} 已被吊销",
            $"依据行政处罚决定书 {decision}（{decidedOn:yyyy-MM-dd}），许可证 {licence.Number} 已被吊销：{reason}。" +
            $"法定代表人（负责人）自处罚决定作出之日起{banRule.AsInt()}年内不得申请食品生产经营许可（{banRule.Citation}）。",
            link), ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (View(licence, person, banRule), false);
    }

    /// <summary>The licence as the revoke page shows it: in the caller's scope, else null.</summary>
    public Task<Licence?> FindAsync(string number, CancellationToken ct) =>
        db.Set<Licence>().AsNoTracking().FirstOrDefaultAsync(l => l.Number == number, ct);

    /// <summary>The ban period rule in force today (the page cites it next to the form).</summary>
    public Task<RuleValue?> BanRuleAsync(CancellationToken ct) => rules.FindAsync("licensing.revocation", "ban_years", Today, ct);

    private static RevocationView View(Licence licence, string person, RuleValue banRule) => new(
        licence.Id, licence.Number, licence.Status.ToString(), licence.RevocationDecisionNumber!, licence.EndedOn!.Value, licence.EndReason!,
        person, licence.EndedOn!.Value.AddYears(banRule.AsInt()), banRule.Citation);
}
