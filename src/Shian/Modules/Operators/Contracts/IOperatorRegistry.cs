namespace Shian.Modules.Operators.Contracts;

/// <summary>
/// How another module (Registration) opens an operator's file after approving a market entity. The operator
/// is added to the caller's unit of work and commits with the caller's save.
/// </summary>
public interface IOperatorRegistry
{
    Task<Guid> OpenFileAsync(NewOperatorFile file, CancellationToken ct);
}

/// <summary>
/// A new operator's file. <paramref name="EntityType"/> is Enterprise, IndividualBusiness, Cooperative or
/// PublicInstitution; <paramref name="Categories"/> are category codes (e.g. <c>catering</c>), possibly empty
/// until a licence adds them.
/// </summary>
public sealed record NewOperatorFile(
    string CreditCode, string Name, string EntityType, string LegalRepresentative, string? LegalRepresentativeIdNumber,
    string? Phone, string RegisteredAddress, string JurisdictionCode, IReadOnlyList<string> Categories, string Source);
