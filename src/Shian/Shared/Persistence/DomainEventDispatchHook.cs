using System.Collections.Concurrent;
using Shian.Shared.Kernel;

namespace Shian.Shared.Persistence;

/// <summary>
/// Hands the events raised on the context to their handlers, inside the save's transaction and before the
/// scope check, so rows that handlers add are checked against the caller's jurisdiction like any other and the
/// audit ledger (last) records them. Handlers may raise more events; a chain deeper than
/// <see cref="MaxRounds"/> is a cycle and fails the save rather than loop.
/// </summary>
internal sealed class DomainEventDispatchHook(IServiceProvider services) : ISaveChangesHook
{
    private const int MaxRounds = 8;

    private static readonly ConcurrentDictionary<Type, Func<IServiceProvider, IDomainEvent, CancellationToken, Task>> Dispatchers = new();

    public int Order => -100;

    public async Task BeforeSaveAsync(ShianDbContext db, CancellationToken ct)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            var pending = db.TakeRaisedEvents();
            if (pending.Count == 0)
            {
                return;
            }

            foreach (var domainEvent in pending)
            {
                await Dispatchers.GetOrAdd(domainEvent.GetType(), CreateDispatcher)(services, domainEvent, ct);
            }
        }

        throw new InvalidOperationException($"Domain events still raised after {MaxRounds} rounds: a handler cycle.");
    }

    private static Func<IServiceProvider, IDomainEvent, CancellationToken, Task> CreateDispatcher(Type eventType) =>
        typeof(DomainEventDispatchHook)
            .GetMethod(nameof(DispatchAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(eventType)
            .CreateDelegate<Func<IServiceProvider, IDomainEvent, CancellationToken, Task>>();

    private static async Task DispatchAsync<TEvent>(IServiceProvider services, IDomainEvent domainEvent, CancellationToken ct)
        where TEvent : IDomainEvent
    {
        foreach (var handler in services.GetServices<IDomainEventHandler<TEvent>>())
        {
            await handler.HandleAsync((TEvent)domainEvent, ct);
        }
    }
}

public static class DomainEventRegistration
{
    /// <summary>Registers <typeparamref name="THandler"/> for <typeparamref name="TEvent"/> (scoped: it shares the request's context).</summary>
    public static IServiceCollection AddDomainEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IDomainEvent
        where THandler : class, IDomainEventHandler<TEvent> =>
        services.AddScoped<IDomainEventHandler<TEvent>, THandler>();
}
