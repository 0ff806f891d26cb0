using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Credit.Domain;

/// <summary>An entity on the list of serious violators (严重违法失信名单), by credit code, from listing to removal.</summary>
internal sealed class SeriousViolationListing : Entity, IAudited
{
    public string CreditCode { get; init; } = "";

    public string EntityName { get; init; } = "";

    public string Reason { get; init; } = "";

    public string Decision { get; init; } = "";

    public DateOnly ListedOn { get; init; }

    public DateOnly? RemovedOn { get; set; }

    public string? RemovalReason { get; set; }

    public bool IsListedOn(DateOnly date) => ListedOn <= date && (RemovedOn is null || date < RemovedOn);
}
