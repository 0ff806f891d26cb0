using Microsoft.EntityFrameworkCore;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Operators.Features.Inbox;

/// <summary>Posting side of the inbox, for other modules (and jobs, which run without a request).</summary>
internal sealed class OperatorInbox(ShianDbContext db, TimeProvider time) : IOperatorInbox
{
    public async Task PostAsync(OperatorInboxMessage message, CancellationToken ct)
    {
        // The operator may have been added in this same unit of work, so look locally first.
        var jurisdiction = db.ChangeTracker.Entries<Operator>().FirstOrDefault(e => e.Entity.Id == message.OperatorId)?.Entity.JurisdictionCode
            ?? await db.Set<Operator>().IgnoreQueryFilters().Where(o => o.Id == message.OperatorId)
                .Select(o => o.JurisdictionCode).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException($"Operator {message.OperatorId} does not exist.");

        db.Add(new InboxMessage
        {
            OperatorId = message.OperatorId,
            JurisdictionCode = jurisdiction,
            PostedAt = time.GetUtcNow(),
            Module = message.Module,
            Kind = message.Kind,
            Title = Cut(message.Title, 200),
            Body = Cut(message.Body, 2000),
            Link = message.Link,
        });
    }

    private static string Cut(string text, int max) => text.Length > max ? text[..max] : text;
}

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
        var own = user.OperatorId ?? throw ShianException.Forbidden(OperatorsErrors.NotAnEnterpriseUser, "当前账号未关联经营主体。");
        return db.Set<InboxMessage>().IgnoreQueryFilters().Where(m => m.OperatorId == own);
    }
}

internal sealed record InboxItem(
    Guid Id, DateTimeOffset PostedAt, string Module, string Kind, string Title, string Body, string? Link, DateTimeOffset? ReadAt);

internal sealed record InboxPage(PagedList<InboxItem> Messages, int UnreadCount);
