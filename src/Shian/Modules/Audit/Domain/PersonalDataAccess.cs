using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Audit.Domain;

/// <summary>One read of personal data in clear. Audited, so each read is also a link of the ledger.</summary>
internal sealed class PersonalDataAccess : Entity, IAudited
{
    public DateTimeOffset OccurredAt { get; init; }

    public string ActorName { get; init; } = "";

    public string EntityType { get; init; } = "";

    public string EntityId { get; init; } = "";

    public string Fields { get; init; } = "";

    public string Purpose { get; init; } = "";
}
