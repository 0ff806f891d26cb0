using Microsoft.EntityFrameworkCore;
using Shian.Modules.Credit.Contracts;
using Shian.Modules.Credit.Domain;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Credit.Features.RecordBan;

/// <summary>Bans recorded by other modules' decisions; added to the caller's unit of work (no SaveChanges here).</summary>
internal sealed class IndustryBanRegistry(ShianDbContext db, BlindIndex blindIndex, PersonalDataProtector protector) : IIndustryBanRegistry
{
    public async Task RecordAsync(IndustryBanEntry ban, CancellationToken ct)
    {
        var index = blindIndex.Of(RecordBanHandler.Normalise(ban.IdNumber));
        // Bans are not jurisdiction-scoped: the check sees every ban recorded in the city.
        if (await db.Set<IndustryBan>().AnyAsync(b => b.IdNumberIndex == index && b.Decision == ban.Decision, ct))
        {
            return;
        }

        db.Add(RecordBanHandler.NewBan(blindIndex, protector, ban.PersonName, ban.IdNumber, ban.Reason, ban.Decision, ban.BannedFrom, ban.BannedUntil));
    }
}
