using Shian.Modules.Licensing.Domain;

namespace Shian.Modules.Licensing.Features.Apply;

internal sealed record ApplicationView(
    Guid Id, string Kind, Guid OperatorId, string PremisesAddress, string JurisdictionCode, int BusinessType,
    IReadOnlyList<string> BusinessItems, bool Commitment, string LegalRepresentativeIdNumber, string Status,
    DateTimeOffset SubmittedAt, DateTimeOffset? DecidedAt, DateOnly DecisionDueOn, string? LicenceNumber,
    IReadOnlyList<RuleOutcome> Rules);

internal sealed record LicenceView(
    string Number, Guid OperatorId, string OperatorName, string PremisesAddress, string JurisdictionCode, int BusinessType,
    IReadOnlyList<string> BusinessItems, DateOnly IssuedOn, DateOnly ValidUntil, string Status, bool ByCommitment, Guid? DocumentId);

internal sealed record CheckView(
    Guid Id, string LicenceNumber, string OperatorName, string PremisesAddress, string JurisdictionCode, DateOnly DueOn, string Status);
