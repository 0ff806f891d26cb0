using Microsoft.EntityFrameworkCore;
using Shian.Modules.Credit.Contracts;
using Shian.Modules.Credit.Domain;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Credit.Features;

/// <summary>Bans recorded by other modules' decisions; added to the caller's unit of work (no SaveChanges here).</summary>
internal sealed class IndustryBanRegistry(ShianDbContext db, BlindIndex blindIndex, PersonalDataProtector protector) : IIndustryBanRegistry
{
    public async Task RecordAsync(IndustryBanEntry ban, CancellationToken ct)
    {
        var id = ban.IdNumber.Trim().ToUpperInvariant();
        var index = blindIndex.Of(id);
        if (await db.Set<IndustryBan>().IgnoreQueryFilters().AnyAsync(b => b.IdNumberIndex == index && b.Decision == ban.Decision, ct))
        {
            return;
        }

        db.Add(new IndustryBan
        {
            PersonName = ban.PersonName.Trim(),
            IdNumberIndex = index,
            IdNumberCipher = protector.Protect(id),
            IdNumberMasked = Mask.IdNumber(id),
            Reason = ban.Reason.Trim(),
            Decision = ban.Decision.Trim(),
            BannedFrom = ban.BannedFrom,
            BannedUntil = ban.BannedUntil,
        });
    }
}
