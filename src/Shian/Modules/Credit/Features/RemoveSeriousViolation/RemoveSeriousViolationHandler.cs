using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Credit.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Credit.Features.RemoveSeriousViolation;

/// <summary>Takes an entity off the list from a date, with a reason (a second removal changes nothing); nothing is deleted.</summary>
internal sealed class RemoveSeriousViolationHandler(ShianDbContext db)
{
    public async Task RemoveAsync(Guid id, DateOnly on, string reason, CancellationToken ct)
    {
        var listing = await db.Set<SeriousViolationListing>().FirstOrDefaultAsync(l => l.Id == id, ct)
            ?? throw ShianException.NotFound(CreditErrors.NotFound);
        listing.RemovedOn ??= on;
        listing.RemovalReason ??= reason;
        await db.SaveChangesAsync(ct);
    }
}

internal sealed class RemoveSeriousViolationRequest
{
    [Required(ErrorMessage = "credit.end_date_required")]
    public DateOnly? On { get; set; }

    [Required(ErrorMessage = "credit.end_reason_required")]
    [StringLength(500)]
    public string? Reason { get; set; }
}
