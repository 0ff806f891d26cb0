using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Registration.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Registration.Features.Review;

/// <summary>A reviewer's decision; the reason is kept on the application and shown to the applicant.</summary>
internal sealed class DecisionRequest
{
    [Required(ErrorMessage = "请填写审查意见")]
    [StringLength(1000, MinimumLength = 2, ErrorMessage = "审查意见应为2至1000个字符")]
    public string? Reason { get; set; }
}

/// <summary>
/// The reviewer queue and decisions. Everything reads through the scope filter, so a reviewer sees and decides
/// only applications whose address lies in their district or town; anything else is "not found".
/// </summary>
internal sealed class RegistrationReviews(ShianDbContext db, CurrentUser user, TimeProvider time, RegistrationApprover approver)
{
    public async Task<PagedList<QueueItem>> QueueAsync(RegistrationStatus? status, PageRequest page, CancellationToken ct)
    {
        var query = db.Set<RegistrationApplication>().AsNoTracking();
        query = status is { } s ? query.Where(a => a.Status == s) : query;
        var result = await query.OrderBy(a => a.Status == RegistrationStatus.UnderReview ? 0 : 1).ThenBy(a => a.DecisionDueOn).ThenBy(a => a.SubmittedAt)
            .Select(a => new { a.Id, a.TrackingNumber, a.Name, a.EntityType, a.JurisdictionCode, a.Status, a.SubmittedAt, a.DecisionDueOn, a.ChecksJson })
            .ToPagedListAsync(page, ct);
        return new PagedList<QueueItem>(
            [.. result.Items.Select(a => new QueueItem(
                a.Id, a.TrackingNumber, a.Name, a.EntityType.ToString(), a.JurisdictionCode, a.Status.ToString(), a.SubmittedAt, a.DecisionDueOn,
                string.Join("；", RegistrationView.ParseChecks(a.ChecksJson).Where(c => !c.Passed).Select(c => c.Explanation))))],
            result.Page, result.PageSize, result.TotalCount);
    }

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
            ?? throw ShianException.NotFound(RegistrationErrors.ApplicationNotFound, "未找到该登记申请，或您无权查看。");
        return application.Status == RegistrationStatus.UnderReview ? application : throw Decided();
    }

    private static ShianException Decided() =>
        ShianException.Conflict(RegistrationErrors.NotUnderReview, "该申请已作出决定，不能再次审查。");
}
