using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Shared.Persistence;

/// <summary>
/// Events raised on the context are handled inside the raising save's transaction: reactions commit with the
/// change, a failing reaction undoes the change, and chains of events run to the end in the same save.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class DomainEventTests(ShianAppFactory app)
{
    private sealed record FollowUp(Guid OperatorId) : IDomainEvent;

    private sealed record Ping(int Hops) : IDomainEvent;

    private sealed class TimelineOnRegistration(IOperatorTimeline timeline, ShianDbContext db) : IDomainEventHandler<OperatorRegistered>
    {
        public async Task HandleAsync(OperatorRegistered domainEvent, CancellationToken ct)
        {
            await timeline.AppendAsync(new OperatorTimelineEvent(domainEvent.OperatorId, "Tests", "tests.reacted", "已响应"), ct);
            db.Raise(new FollowUp(domainEvent.OperatorId));
        }
    }

    private sealed class TimelineOnFollowUp(IOperatorTimeline timeline) : IDomainEventHandler<FollowUp>
    {
        public Task HandleAsync(FollowUp domainEvent, CancellationToken ct) =>
            timeline.AppendAsync(new OperatorTimelineEvent(domainEvent.OperatorId, "Tests", "tests.followed_up", "后续"), ct);
    }

    private sealed class RefuseNamedOperators : IDomainEventHandler<OperatorRegistered>
    {
        public Task HandleAsync(OperatorRegistered domainEvent, CancellationToken ct) =>
            throw new ShianException("tests.refused", "handler refused");
    }

    private sealed class PingForever(ShianDbContext db) : IDomainEventHandler<Ping>
    {
        public Task HandleAsync(Ping domainEvent, CancellationToken ct)
        {
            db.Raise(new Ping(domainEvent.Hops + 1));
            return Task.CompletedTask;
        }
    }

    private static NewOperatorFile NewFile() => new(
        TestData.NewCreditCode(), "事件测试餐厅" + TestData.Token(), "Enterprise", "张三", null, null,
        "江门市台山市台城街道测试路1号", TestData.TaishanTown, ["catering"], "tests");

    private static async Task<Guid> RegisterAsync(IServiceProvider services, NewOperatorFile file)
    {
        using var scope = services.CreateScope();
        var id = await scope.ServiceProvider.GetRequiredService<IOperatorRegistry>().OpenFileAsync(file, TestContext.Current.CancellationToken);
        await scope.ServiceProvider.GetRequiredService<ShianDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
        return id;
    }

    private async Task<string[]> TimelineKindsAsync(Guid operatorId)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ShianDbContext>().Set<TimelineEntry>()
            .Where(e => e.OperatorId == operatorId).OrderBy(e => e.Kind).Select(e => e.Kind)
            .ToArrayAsync(TestContext.Current.CancellationToken);
    }

    private async Task<bool> OperatorExistsAsync(string creditCode)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ShianDbContext>().Set<Operator>()
            .AnyAsync(o => o.CreditCode == creditCode, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Reactions_and_their_follow_up_events_commit_with_the_change()
    {
        await using var withHandlers = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s
            .AddDomainEventHandler<OperatorRegistered, TimelineOnRegistration>()
            .AddDomainEventHandler<FollowUp, TimelineOnFollowUp>()));

        var id = await RegisterAsync(withHandlers.Services, NewFile());

        (await TimelineKindsAsync(id)).ShouldBe(["operators.registered", "tests.followed_up", "tests.reacted"]);
    }

    [Fact]
    public async Task A_failing_reaction_undoes_the_change_that_raised_it()
    {
        await using var refusing = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s
            .AddDomainEventHandler<OperatorRegistered, RefuseNamedOperators>()));
        var file = NewFile();

        await Should.ThrowAsync<ShianException>(() => RegisterAsync(refusing.Services, file));

        (await OperatorExistsAsync(file.CreditCode)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_cycle_of_events_fails_the_save_instead_of_looping()
    {
        await using var looping = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s
            .AddDomainEventHandler<Ping, PingForever>()));
        using var scope = looping.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShianDbContext>();
        var file = NewFile();
        await scope.ServiceProvider.GetRequiredService<IOperatorRegistry>().OpenFileAsync(file, TestContext.Current.CancellationToken);
        db.Raise(new Ping(0));

        await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));

        (await OperatorExistsAsync(file.CreditCode)).ShouldBeFalse();
    }
}
