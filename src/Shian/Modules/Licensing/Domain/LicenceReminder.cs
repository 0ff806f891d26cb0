namespace Shian.Modules.Licensing.Domain;

/// <summary>
/// That the expiry job has told the holder about a licence's milestone (e.g. the renewal window opening) for
/// one validity period. The unique key (licence, milestone, period end) makes reruns send nothing twice, and a
/// renewed licence (new period end) is reminded again. A bookkeeping row, so neither scoped nor audited: the
/// inbox message and timeline entry it stands for are the record.
/// </summary>
internal sealed class LicenceReminder
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid LicenceId { get; init; }

    public string Milestone { get; init; } = "";

    public DateOnly ForValidUntil { get; init; }

    public DateTimeOffset SentAt { get; init; }
}
