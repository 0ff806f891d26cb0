using Microsoft.EntityFrameworkCore;
using Shian.Modules.Credit.Contracts;
using Shian.Modules.Credit.Domain;
using Shian.Shared.Kernel.Identifiers;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Credit.Features.CheckCredit;

/// <summary>The checks other modules make before granting something: a ban by ID number (blind index), a listing by credit code.</summary>
internal sealed class CreditChecks(ShianDbContext db, BlindIndex blindIndex) : ICreditChecks
{
    public async Task<BanFinding?> FindBanAsync(ResidentIdNumber idNumber, DateOnly on, CancellationToken ct)
    {
        var index = blindIndex.Of(idNumber.Value);
        var bans = await db.Set<IndustryBan>().AsNoTracking().Where(b => b.IdNumberIndex == index).ToListAsync(ct);
        return bans.Where(b => b.IsInForceOn(on))
            .Select(b => new BanFinding(b.PersonName, b.Reason, b.Decision, b.BannedFrom, b.BannedUntil))
            .FirstOrDefault();
    }

    public async Task<ListingFinding?> FindSeriousViolationAsync(string creditCode, DateOnly on, CancellationToken ct)
    {
        var code = IdentifierText.Normalise(creditCode);
        var listings = await db.Set<SeriousViolationListing>().AsNoTracking().Where(l => l.CreditCode == code).ToListAsync(ct);
        return listings.Where(l => l.IsListedOn(on))
            .Select(l => new ListingFinding(l.EntityName, l.Reason, l.Decision, l.ListedOn))
            .FirstOrDefault();
    }
}
