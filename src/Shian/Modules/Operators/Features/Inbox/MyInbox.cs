using Microsoft.EntityFrameworkCore;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Operators.Features.Inbox;

/// <summary>
/// Reading side, for the enterprise user's own operator only (the staff scope filter hides it from them, so
/// these queries step past it, and only ever for the operator in the caller's own claim).
/// </summary>
internal sealed class MyInbox(ShianDbContext db, CurrentUser user, TimeProvider time)
{
    public async Task<InboxPage> ListAsync(PageRequest page, bool unreadOnly, CancellationToken ct)
    {
        var own = Mine();
        var list = await (unreadOnly ? own.Where(m => m.ReadAt == null) : own).AsNoTracking()
            .OrderByDescending(m => m.PostedAt).ThenByDescending(m => m.Id)
            .Select(m => new InboxItem(m.Id, m.PostedAt, m.Module, m.Kind, m.Title, m.Body, m.Link, m.ReadAt))
            .ToPagedListAsync(page, ct);
        return new InboxPage(list, await own.CountAsync(m => m.ReadAt == null, ct));
    }

    public async Task<InboxItem?> FindAsync(Guid id, CancellationToken ct) =>
        await Mine().AsNoTracking().Where(m => m.Id == id)
            .Select(m => new InboxItem(m.Id, m.PostedAt, m.Module, m.Kind, m.Title, m.Body, m.Link, m.ReadAt))
            .FirstOrDefaultAsync(ct);

    /// <summary>Marks one message read (again is harmless); null if it is not the caller's.</summary>
    public async Task<InboxItem?> MarkReadAsync(Guid id, CancellationToken ct)
    {
        var message = await Mine().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (message is null)
        {
            return null;
        }

        message.MarkRead(time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await FindAsync(id, ct);
    }

    public async Task<int> MarkAllReadAsync(CancellationToken ct)
    {
        var unread = await Mine().Where(m => m.ReadAt == null).Take(1000).ToListAsync(ct);
        var now = time.GetUtcNow();
        unread.ForEach(m => m.MarkRead(now));
        await db.SaveChangesAsync(ct);
        return unread.Count;
    }

    private IQueryable<InboxMessage> Mine()
    {
        var own = user.OperatorId ?? throw ShianException.Forbidden(OperatorsErrors.NotAnEnterpriseUser);
        return db.Set<InboxMessage>().Unscoped("the enterprise user reads its own operator's messages").Where(m => m.OperatorId == own);
    }
}

internal sealed record InboxItem(
    Guid Id, DateTimeOffset PostedAt, string Module, string Kind, string Title, string Body, string? Link, DateTimeOffset? ReadAt);

internal sealed record InboxPage(PagedList<InboxItem> Messages, int UnreadCount);
