namespace Shian.Modules.Audit.Features.Publication;

/// <summary>
/// The leaves of the few most recently asked-for sealed days. A sealed day never changes, and an anonymous caller
/// asking for proofs of one day's entries should not make every request read the whole day again.
/// </summary>
internal sealed class SealedDays
{
    private const int Capacity = 8;
    private readonly Lock _gate = new();
    private readonly LinkedList<(long CheckpointId, IReadOnlyList<byte[]> Leaves)> _recent = new();

    public async Task<IReadOnlyList<byte[]>> LeavesAsync(long checkpointId, Func<Task<IReadOnlyList<byte[]>>> load)
    {
        lock (_gate)
        {
            for (var node = _recent.First; node is not null; node = node.Next)
            {
                if (node.Value.CheckpointId == checkpointId)
                {
                    _recent.Remove(node);
                    _recent.AddFirst(node);
                    return node.Value.Leaves;
                }
            }
        }

        var leaves = await load();
        lock (_gate)
        {
            _recent.AddFirst((checkpointId, leaves));
            while (_recent.Count > Capacity)
            {
                _recent.RemoveLast();
            }
        }

        return leaves;
    }
}
