using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.RandomChecks.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;
using Shian.Shared.Web;

namespace Shian.Modules.RandomChecks.Features.Conflicts;

/// <summary>
/// Conflict-of-interest declarations (利害关系回避). An inspector declares for themself; an administrator may declare
/// for any inspector. The operator must be in the caller's scope.
/// </summary>
internal sealed class ConflictRegister(ShianDbContext db, CurrentUser user, TimeProvider time, IOperatorDirectory operators)
{
    public async Task<ConflictView> DeclareAsync(DeclareConflictRequest request, CancellationToken ct)
    {
        var me = user.UserId ?? throw ShianException.Forbidden(RandomChecksErrors.NotAnInspector, (object)Messages.Get(RandomChecksErrors.DeclarantUnknown));
        if (request.OperatorId is null || string.IsNullOrWhiteSpace(request.Reason))
        {
            throw ShianException.InvalidFields(ErrorCodes.ValidationFailed, [("reason", RandomChecksErrors.ConflictReasonRequired)]);
        }

        var inspectorId = request.InspectorUserId ?? me;
        if (inspectorId != me && !user.IsInRole(Roles.Administrator))
        {
            throw ShianException.Forbidden(RandomChecksErrors.NotAnInspector, (object)Messages.Get(RandomChecksErrors.DeclareOnlyForSelf));
        }

        var inspector = await db.Users.AsNoTracking().Where(u => u.Id == inspectorId)
            .Select(u => new { u.Id, u.DisplayName, u.UserName, u.JurisdictionCode }).FirstOrDefaultAsync(ct);
        var isInspector = inspector is not null && await db.UserRoles.AnyAsync(
            ur => ur.UserId == inspectorId && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Inspector), ct);
        if (!isInspector)
        {
            throw ShianException.Invalid(RandomChecksErrors.NotAnInspector, "inspectorUserId", Messages.Get(RandomChecksErrors.UserNotAnInspector));
        }

        var op = await operators.FindAsync(request.OperatorId!.Value, ct)
            ?? throw ShianException.NotFound(RandomChecksErrors.OperatorNotFound);
        var declaration = new ConflictDeclaration
        {
            InspectorUserId = inspectorId,
            InspectorName = string.IsNullOrWhiteSpace(inspector!.DisplayName) ? inspector.UserName ?? "" : inspector.DisplayName,
            OperatorId = op.Id,
            CreditCode = op.CreditCode,
            OperatorName = op.Name,
            JurisdictionCode = op.JurisdictionCode,
            Reason = request.Reason!.Trim(),
            DeclaredAt = time.GetUtcNow(),
            DeclaredBy = user.Name,
        };
        db.Add(declaration);
        await db.SaveChangesAsync(ct);
        return View(declaration);
    }

    public async Task WithdrawAsync(Guid id, CancellationToken ct)
    {
        var declaration = await db.Set<ConflictDeclaration>().FirstOrDefaultAsync(c => c.Id == id && c.WithdrawnAt == null, ct)
            ?? throw ShianException.NotFound(RandomChecksErrors.ConflictNotFound);
        if (declaration.InspectorUserId != user.UserId && !user.IsInRole(Roles.Administrator))
        {
            throw ShianException.Forbidden(RandomChecksErrors.NotAnInspector, (object)Messages.Get(RandomChecksErrors.WithdrawOnlyOwn));
        }

        declaration.WithdrawnAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Declarations in scope; an inspector who is not an administrator sees their own.</summary>
    public Task<List<ConflictView>> ListAsync(CancellationToken ct)
    {
        var query = db.Set<ConflictDeclaration>().AsNoTracking().Where(c => c.WithdrawnAt == null);
        if (!user.IsInRole(Roles.Administrator))
        {
            var me = user.UserId ?? Guid.Empty;
            query = query.Where(c => c.InspectorUserId == me);
        }

        return query.OrderByDescending(c => c.DeclaredAt).Take(500)
            .Select(c => new ConflictView(c.Id, c.InspectorUserId, c.InspectorName, c.OperatorId, c.CreditCode, c.OperatorName, c.Reason, c.DeclaredAt, c.DeclaredBy))
            .ToListAsync(ct);
    }

    private static ConflictView View(ConflictDeclaration c) =>
        new(c.Id, c.InspectorUserId, c.InspectorName, c.OperatorId, c.CreditCode, c.OperatorName, c.Reason, c.DeclaredAt, c.DeclaredBy);
}

internal sealed class DeclareConflictRequest
{
    [Required(ErrorMessage = "randomchecks.conflict_operator_required")]
    public Guid? OperatorId { get; set; }

    /// <summary>Omitted: the caller declares for themself.</summary>
    public Guid? InspectorUserId { get; set; }

    [Required(ErrorMessage = "randomchecks.conflict_reason_required")]
    [StringLength(500, MinimumLength = 2, ErrorMessage = "randomchecks.conflict_reason_length")]
    public string? Reason { get; set; }
}

internal sealed record ConflictView(
    Guid Id, Guid InspectorUserId, string InspectorName, Guid OperatorId, string CreditCode, string OperatorName, string Reason,
    DateTimeOffset DeclaredAt, string DeclaredBy);
