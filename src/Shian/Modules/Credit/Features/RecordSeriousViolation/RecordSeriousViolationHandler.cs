using System.ComponentModel.DataAnnotations;
using Shian.Modules.Credit.Domain;
using Shian.Shared.Kernel.Identifiers;
using Shian.Shared.Persistence;

namespace Shian.Modules.Credit.Features.RecordSeriousViolation;

/// <summary>Lists an entity on the serious-violation list; the page and the API both call this.</summary>
internal sealed class RecordSeriousViolationHandler(ShianDbContext db)
{
    public async Task<Guid> RecordAsync(AddListingRequest request, CancellationToken ct)
    {
        var listing = new SeriousViolationListing
        {
            CreditCode = IdentifierText.Normalise(request.CreditCode), // matched on the canonical form (CreditChecks)
            EntityName = request.EntityName!.Trim(),
            Reason = request.Reason!.Trim(),
            Decision = request.Decision!.Trim(),
            ListedOn = request.ListedOn!.Value,
        };
        db.Add(listing);
        await db.SaveChangesAsync(ct);
        return listing.Id;
    }
}

internal sealed class AddListingRequest
{
    [Required(ErrorMessage = "credit.credit_code_required")]
    [StringLength(40, ErrorMessage = "credit.credit_code_invalid")]
    [CreditCodeFormat(ErrorMessage = "credit.credit_code_invalid")]
    public string? CreditCode { get; set; }

    [Required(ErrorMessage = "credit.entity_name_required")]
    [StringLength(100)]
    public string? EntityName { get; set; }

    [Required(ErrorMessage = "credit.listing_reason_required")]
    [StringLength(500)]
    public string? Reason { get; set; }

    [Required(ErrorMessage = "credit.listing_decision_required")]
    [StringLength(200)]
    public string? Decision { get; set; }

    [Required(ErrorMessage = "credit.listed_on_required")]
    public DateOnly? ListedOn { get; set; }
}
