using Shian.Modules.Licensing.Domain;

namespace Shian.Modules.Licensing.Features.Apply;

internal sealed record ApplicationView(
    Guid Id, string Kind, Guid OperatorId, string PremisesAddress, string JurisdictionCode, int BusinessType,
    IReadOnlyList<string> BusinessItems, bool Commitment, string LegalRepresentativeIdNumber, string Status,
    DateTimeOffset SubmittedAt, DateTimeOffset? DecidedAt, DateOnly DecisionDueOn, string? LicenceNumber,
    IReadOnlyList<RuleOutcome> Rules);
