namespace Shian.Shared.Kernel;

/// <summary>
/// Something that happened in one module that others may react to (inspection completed → re-grade).
/// Raised with <c>ShianDbContext.Raise</c> and handled inside the same save's transaction, so the change and
/// every reaction to it commit together or not at all. Event records live in the raising module's Contracts.
/// </summary>
public interface IDomainEvent;

/// <summary>
/// Reacts to <typeparamref name="TEvent"/> before the save that raised it writes its rows. Register as scoped
/// (<c>services.AddDomainEventHandler&lt;TEvent, THandler&gt;()</c>). A handler adds to the context it is given and
/// never calls SaveChanges itself; it may raise further events, which are handled in the same save.
/// </summary>
public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken ct);
}
