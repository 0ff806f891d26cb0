using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Credit.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Credit.Features.LiftBan;

/// <summary>Ends a ban from a date (never later than it already ends), with a reason; nothing is deleted.</summary>
internal sealed class LiftBanHandler(ShianDbContext db)
{
    public async Task LiftAsync(Guid id, DateOnly on, string reason, CancellationToken ct)
    {
        var ban = await db.Set<IndustryBan>().FirstOrDefaultAsync(b => b.Id == id, ct)
            ?? throw ShianException.NotFound(CreditErrors.NotFound);
        ban.BannedUntil = ban.BannedUntil is { } until && until < on ? until : on;
        ban.LiftReason = reason;
        await db.SaveChangesAsync(ct);
    }
}

internal sealed class LiftBanRequest
{
    [Required(ErrorMessage = "credit.end_date_required")]
    public DateOnly? On { get; set; }

    [Required(ErrorMessage = "credit.end_reason_required")]
    [StringLength(500)]
    public string? Reason { get; set; }
}
