namespace Shian.Modules.Credit.Contracts;

/// <summary>
/// How another module records an industry ban (从业禁止) that follows from its own decision, e.g. Licensing's 吊销
/// (Food Safety Law Art. 135). The ban is added to the caller's unit of work and commits with the caller's change;
/// recording the same person under the same decision twice adds nothing.
/// </summary>
public interface IIndustryBanRegistry
{
    Task RecordAsync(IndustryBanEntry ban, CancellationToken ct);
}

/// <summary>
/// A ban to record. <paramref name="IdNumber"/> is kept encrypted and as a blind index (never in clear);
/// <paramref name="BannedUntil"/> is exclusive, null = for life.
/// </summary>
public sealed record IndustryBanEntry(
    string PersonName, string IdNumber, string Reason, string Decision, DateOnly BannedFrom, DateOnly? BannedUntil);
