namespace Shian.Shared.Kernel;

/// <summary>
/// Base of every domain entity: a time-ordered GUID (v7) so that keys index well on both providers
/// and can be created before the row is saved.
/// </summary>
public abstract class Entity
{
    public Guid Id { get; protected init; } = Guid.CreateVersion7();
}
