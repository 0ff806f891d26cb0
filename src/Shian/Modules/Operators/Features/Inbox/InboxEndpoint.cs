using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Kernel;
using Shian.Shared.Web;

namespace Shian.Modules.Operators.Features.Inbox;

/// <summary>The enterprise user's inbox (企业消息): reminders and notices other modules post to the operator.</summary>
internal static class InboxEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/mine/inbox", ListAsync).WithName("Operators.Mine.Inbox")
            .WithSummary("The own operator's messages, newest first, with the unread count. unreadOnly=true for unread ones.")
            .RequireAuthorization(OperatorsPermissions.OwnPolicy)
            .Refuses(403, OperatorsErrors.NotAnEnterpriseUser);
        api.MapGet("/mine/inbox/{id:guid}", GetAsync).WithName("Operators.Mine.InboxMessage")
            .WithSummary("One message of the own operator (reading does not mark it read).")
            .RequireAuthorization(OperatorsPermissions.OwnPolicy)
            .Refuses(403, OperatorsErrors.NotAnEnterpriseUser).Refuses(404, OperatorsErrors.InboxMessageNotFound);
        api.MapPost("/mine/inbox/{id:guid}/read", ReadAsync).WithName("Operators.Mine.InboxRead")
            .WithSummary("Mark one message read; repeating it changes nothing.")
            .RequireAuthorization(OperatorsPermissions.OwnPolicy)
            .Refuses(403, OperatorsErrors.NotAnEnterpriseUser).Refuses(404, OperatorsErrors.InboxMessageNotFound);
        api.MapPost("/mine/inbox/read-all", ReadAllAsync).WithName("Operators.Mine.InboxReadAll")
            .WithSummary("Mark every unread message read.")
            .RequireAuthorization(OperatorsPermissions.OwnPolicy)
            .Refuses(403, OperatorsErrors.NotAnEnterpriseUser);
    }

    private static async Task<Ok<InboxPage>> ListAsync(
        MyInbox inbox, int page = 1, int pageSize = PageRequest.DefaultPageSize, bool unreadOnly = false, CancellationToken ct = default) =>
        TypedResults.Ok(await inbox.ListAsync(new PageRequest(page, pageSize), unreadOnly, ct));

    private static async Task<Results<Ok<InboxItem>, ProblemHttpResult>> GetAsync(Guid id, MyInbox inbox, CancellationToken ct) =>
        await inbox.FindAsync(id, ct) is { } item ? TypedResults.Ok(item) : NotFound();

    private static async Task<Results<Ok<InboxItem>, ProblemHttpResult>> ReadAsync(Guid id, MyInbox inbox, CancellationToken ct) =>
        await inbox.MarkReadAsync(id, ct) is { } item ? TypedResults.Ok(item) : NotFound();

    private static async Task<Ok<ReadAllResult>> ReadAllAsync(MyInbox inbox, CancellationToken ct) =>
        TypedResults.Ok(new ReadAllResult(await inbox.MarkAllReadAsync(ct)));

    private static ProblemHttpResult NotFound() =>
        Problems.NotFound(OperatorsErrors.InboxMessageNotFound, Messages.Get(OperatorsErrors.InboxMessageNotFound));
}

internal sealed record ReadAllResult(int Marked);
