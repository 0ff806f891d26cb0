using Microsoft.EntityFrameworkCore;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Persistence;

namespace Shian.Modules.Operators.Features.Inbox;

/// <summary>Posting side of the inbox, for other modules (and jobs, which run without a request).</summary>
internal sealed class OperatorInbox(ShianDbContext db, TimeProvider time) : IOperatorInbox
{
    public async Task PostAsync(OperatorInboxMessage message, CancellationToken ct)
    {
        // The operator may have been added in this same unit of work, so look locally first.
        var jurisdiction = db.ChangeTracker.Entries<Operator>().FirstOrDefault(e => e.Entity.Id == message.OperatorId)?.Entity.JurisdictionCode
            ?? await db.Set<Operator>().Unscoped("the message takes the operator's town whoever posts it (jobs, other modules)").Where(o => o.Id == message.OperatorId)
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
