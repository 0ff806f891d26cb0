using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Licensing.Domain;
using Shian.Modules.Licensing.Features.Apply;
using Shian.Modules.Licensing.Features.Grant;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Kernel.Identifiers;
using Shian.Shared.Persistence;
using Shian.Shared.Security;
using Shian.Shared.Web;

namespace Shian.Modules.Licensing.Features.Filing;

/// <summary>
/// 备案: a seller of pre-packaged food only needs no licence but files with the county bureau (食品安全法
/// Art. 35). The filing is recorded at once with a YB number; any item outside rule set
/// <c>licensing.filing_items</c> is refused with the reason (it needs a licence).
/// </summary>
internal sealed class Filings(
    ShianDbContext db,
    CurrentUser user,
    TimeProvider time,
    IOperatorDirectory operators,
    IRuleBook rules,
    IJurisdictionDirectory jurisdictions,
    IOperatorTimeline timeline,
    NumberSequence sequences)
{
    public async Task<(FilingView View, bool Replayed)> SubmitAsync(FilingRequest request, string? headerKey, CancellationToken ct)
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
        var town = await Applicant.TownAsync(jurisdictions, request.PremisesTownCode!, ct);
        var today = time.ChinaToday();
        var items = request.Items!.Select(i => i.Trim()).Distinct().Order(StringComparer.Ordinal).ToList();
        await CheckItemsAsync(items, today, ct);

        var address = request.PremisesAddress!.Trim();
        if (await db.Set<FilingRecord>().Unscoped("one active filing per premises across the city").Where(f => f.PremisesAddress == address && f.Status == "Active")
                .Select(f => f.Number).FirstOrDefaultAsync(ct) is { } existing)
        {
            throw ShianException.Conflict(LicensingErrors.FilingExists, (object)existing);
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var prefix = FilingNumber.Prefix(JurisdictionCodes.DistrictOf(town.Code));
            var filing = new FilingRecord
            {
                Number = FilingNumber.Compose(prefix, await sequences.NextAsync(prefix, FilingNumber.MaxSequence, ct)),
                OperatorId = op.Id,
                OperatorName = op.Name,
                PremisesAddress = address,
                JurisdictionCode = town.Code,
                Items = string.Join(',', items),
                FiledOn = today,
                SubmittedBy = submitter,
                IdempotencyKey = key,
                RequestHash = hash,
            };
            db.Add(filing);
            await timeline.AppendAsync(new OperatorTimelineEvent(
                op.Id, "Licensing", "licensing.filing_recorded", LicensingText.Zh("licensing.timeline_filing_recorded", filing.Number),
                LicensingText.Zh("licensing.timeline_premises", address), $"/verify/filing/{filing.Number}"), ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return ((await FindAsync(filing.Number, ct))!, false);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await EnsureSameRequestAsync(submitter, key, hash, ct);
            return (await FindReplayAsync(submitter, key, ct) ?? throw new InvalidOperationException("Saving the filing failed."), true);
        }
    }

    /// <summary>Staff in scope, enterprise users their own operator's.</summary>
    public async Task<FilingView?> FindAsync(string number, CancellationToken ct)
    {
        number = IdentifierText.Normalise(number); // typed or scanned numbers may come full-width or with invisible marks
        var query = user.OperatorId is { } own
            ? db.Set<FilingRecord>().Unscoped("an enterprise user reads its own operator's filings").Where(f => f.OperatorId == own)
            : db.Set<FilingRecord>();
        var f = await query.AsNoTracking().FirstOrDefaultAsync(f => f.Number == number, ct);
        return f is null ? null : View(f);
    }

    public async Task<VerifiedFiling?> VerifyAsync(string number, CancellationToken ct) =>
        await db.Set<FilingRecord>().Unscoped("public registry: anyone checks a filing by its number").AsNoTracking().Where(f => f.Number == IdentifierText.Normalise(number))
            .Select(f => new VerifiedFiling(f.Number, f.Status, f.OperatorName, f.PremisesAddress, f.FiledOn))
            .FirstOrDefaultAsync(ct);

    private async Task CheckItemsAsync(List<string> items, DateOnly today, CancellationToken ct)
    {
        var fileable = await rules.GetSetAsync(LicensingRules.FilingItems, today, ct);
        var refused = items.Where(i => fileable.All(r => r.Key != $"1:{i}")).ToList();
        if (refused.Count == 0)
        {
            return;
        }

        var names = await rules.GetSetAsync(LicensingRules.Items, today, ct);
        var described = refused.Select(i => names.FirstOrDefault(r => r.Key == $"1:{i}")?.Value ?? i);
        var citation = fileable.Count > 0 ? fileable[0].Citation : Messages.Get("licensing.filing_citation_fallback");
        throw ShianException.Rule(LicensingErrors.FilingNotApplicable, citation, string.Join(Messages.Get("licensing.list_separator"), described));
    }

    private async Task EnsureSameRequestAsync(Guid submitter, string key, string hash, CancellationToken ct) =>
        IdempotencyKeys.EnsureSameRequest(
            await db.Set<FilingRecord>().Unscoped("a replay is found by its submitter and key wherever the filing lies")
                .Where(a => a.SubmittedBy == submitter && a.IdempotencyKey == key).Select(a => a.RequestHash).FirstOrDefaultAsync(ct),
            hash);

    private async Task<FilingView?> FindReplayAsync(Guid submitter, string key, CancellationToken ct)
    {
        var f = await db.Set<FilingRecord>().Unscoped("a replay is found by its submitter and key wherever the filing lies").AsNoTracking()
            .FirstOrDefaultAsync(f => f.SubmittedBy == submitter && f.IdempotencyKey == key, ct);
        return f is null ? null : View(f);
    }

    private static FilingView View(FilingRecord f) => new(
        f.Id, f.Number, f.OperatorId, f.OperatorName, f.PremisesAddress, f.JurisdictionCode,
        f.Items.Split(',', StringSplitOptions.RemoveEmptyEntries), f.FiledOn, f.Status);
}
