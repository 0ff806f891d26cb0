using System.ComponentModel.DataAnnotations;
using Shian.Modules.Credit.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Kernel.Identifiers;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Credit.Features.RecordBan;

/// <summary>Records an industry ban entered by an administrator or legal reviewer; the page and the API both call this.</summary>
internal sealed class RecordBanHandler(ShianDbContext db, BlindIndex blindIndex, PersonalDataProtector protector)
{
    public async Task<Guid> RecordAsync(AddBanRequest request, CancellationToken ct)
    {
        if (request.BannedUntil is { } until && until <= request.BannedFrom)
        {
            throw ShianException.Invalid(CreditErrors.BanPeriodInvalid, nameof(request.BannedUntil));
        }

        var ban = NewBan(blindIndex, protector, request.PersonName!, request.IdNumber!, request.Reason!, request.Decision!, request.BannedFrom!.Value, request.BannedUntil);
        db.Add(ban);
        await db.SaveChangesAsync(ct);
        return ban.Id;
    }

    /// <summary>A ban with the ID number normalised, blind-indexed, encrypted and masked (also used by <see cref="IndustryBanRegistry"/>).</summary>
    public static IndustryBan NewBan(
        BlindIndex blindIndex, PersonalDataProtector protector, string personName, string idNumber, string reason, string decision, DateOnly from, DateOnly? until)
    {
        var id = Normalise(idNumber);
        return new IndustryBan
        {
            PersonName = personName.Trim(),
            IdNumberIndex = blindIndex.Of(id),
            IdNumberCipher = protector.Protect(id),
            IdNumberMasked = Mask.IdNumber(id),
            Reason = reason.Trim(),
            Decision = decision.Trim(),
            BannedFrom = from,
            BannedUntil = until,
        };
    }

    /// <summary>The canonical form the blind index is computed over, the same as <see cref="ResidentIdNumber"/>'s.</summary>
    public static string Normalise(string idNumber) =>
        ResidentIdNumber.TryParse(idNumber, out var id, out _) ? id.Value : IdentifierText.Normalise(idNumber);
}

internal sealed class AddBanRequest
{
    [Required(ErrorMessage = "credit.person_name_required")]
    [StringLength(50, ErrorMessage = "credit.person_name_too_long")]
    public string? PersonName { get; set; }

    [Required(ErrorMessage = "credit.id_number_required")]
    [ResidentIdNumberFormat(ErrorMessage = "credit.id_number_invalid")]
    public string? IdNumber { get; set; }

    [Required(ErrorMessage = "credit.ban_reason_required")]
    [StringLength(500)]
    public string? Reason { get; set; }

    [Required(ErrorMessage = "credit.ban_decision_required")]
    [StringLength(200)]
    public string? Decision { get; set; }

    [Required(ErrorMessage = "credit.banned_from_required")]
    public DateOnly? BannedFrom { get; set; }

    /// <summary>Exclusive end; empty for a lifetime ban.</summary>
    public DateOnly? BannedUntil { get; set; }
}
