using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Registration.Domain;
using Shian.Modules.Registration.Features.Status;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Registration.Features.Review;

/// <summary>A reviewer's decision; the reason is kept on the application and shown to the applicant.</summary>
internal sealed class DecisionRequest
{
    [Required(ErrorMessage = "registration.reason_required")]
    [StringLength(1000, MinimumLength = 2, ErrorMessage = "registration.reason_length")]
    public string? Reason { get; set; }
}

/// <summary>
/// A reviewer looks at an application and decides it. Everything reads through the scope filter, so a reviewer
/// sees and decides only applications whose address lies in their district or town; anything else is "not found".
/// </summary>
internal sealed class RegistrationReviews(ShianDbContext db, CurrentUser user, TimeProvider time, RegistrationApprover approver)
{
    public async Task<RegistrationView?> FindAsync(Guid id, CancellationToken ct) =>
        await db.Set<RegistrationApplication>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) is { } a ? RegistrationView.Of(a) : null;

    public async Task<RegistrationView> ApproveAsync(Guid id, DecisionRequest request, CancellationToken ct)
    {
        var application = await UnderReviewAsync(id, ct);
        var now = time.GetUtcNow();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await approver.ApproveAsync(application, user.Name, request.Reason!.Trim(), now.ChinaDate(), ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Decided();
        }

        return RegistrationView.Of(application);
    }

    public async Task<RegistrationView> RejectAsync(Guid id, DecisionRequest request, CancellationToken ct)
    {
        var application = await UnderReviewAsync(id, ct);
        application.Reject(request.Reason!.Trim(), time.GetUtcNow(), user.Name);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Decided();
        }

        return RegistrationView.Of(application);
    }

    private async Task<RegistrationApplication> UnderReviewAsync(Guid id, CancellationToken ct)
    {
        var application = await db.Set<RegistrationApplication>().FirstOrDefaultAsync(a => a.Id == id, ct)
            ?? throw ShianException.NotFound(RegistrationErrors.ApplicationNotFound);
        return application.Status == RegistrationStatus.UnderReview ? application : throw Decided();
    }

    private static ShianException Decided() =>
        ShianException.Conflict(RegistrationErrors.NotUnderReview);
}
