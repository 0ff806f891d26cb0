using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.Operators.Domain;
using Shian.Modules.Operators.Features.EditOperator;
using Shian.Modules.Operators.Features.OperatorFile;
using Shian.Shared.Kernel;
using Shian.Shared.Kernel.Identifiers;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Operators.Features.MyOperator;

/// <summary>
/// The enterprise user's own operator. Staff scope hides every operator from an enterprise user, so these
/// queries step past the jurisdiction filter, and only ever for the operator in the caller's own claim.
/// </summary>
internal sealed class MyOperatorService(
    ShianDbContext db, CurrentUser user, PersonalDataProtector protector, IOperatorTimeline timeline, OperatorFileQuery files, TimeProvider time)
{
    public async Task<OperatorDetails> GetAsync(CancellationToken ct)
    {
        return await files.GetAsync(OwnId(), ct, ownOperator: true)
            ?? throw ShianException.NotFound(OperatorsErrors.NotFound);
    }

    public async Task UpdateContactAsync(ContactForm form, CancellationToken ct)
    {
        var id = OwnId();
        var entity = await db.Set<Operator>().Unscoped("the enterprise user edits its own operator").FirstOrDefaultAsync(o => o.Id == id, ct)
            ?? throw ShianException.NotFound(OperatorsErrors.NotFound);
        entity.ContactPerson = form.ContactPerson?.Trim();
        entity.ContactEmail = form.ContactEmail?.Trim();
        if (!string.IsNullOrWhiteSpace(form.Phone))
        {
            entity.PhoneCipher = protector.Protect(PhoneNumber.Parse(form.Phone).Value);
            entity.PhoneMasked = Mask.Phone(PhoneNumber.Parse(form.Phone).Value);
        }

        entity.Touch(time.GetUtcNow());
        await timeline.AppendAsync(new OperatorTimelineEvent(
            id, "Operators", "operators.contact_updated", OperatorsText.Stored("operators.timeline_contact_updated")), ct);
        await db.SaveChangesAsync(ct);
    }

    private Guid OwnId() => user.OperatorId ?? throw ShianException.Forbidden(OperatorsErrors.NotAnEnterpriseUser);
}

internal sealed class ContactForm
{
    [StringLength(50, ErrorMessage = "operators.contact_person_length")]
    public string? ContactPerson { get; set => field = OperatorForm.Optional(value); }

    [PhoneNumberFormat(ErrorMessage = "operators.phone_format")]
    public string? Phone { get; set => field = OperatorForm.Optional(value); }

    [EmailAddress(ErrorMessage = "operators.email_format")]
    [StringLength(100)]
    public string? ContactEmail { get; set => field = OperatorForm.Optional(value); }
}
