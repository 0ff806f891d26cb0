namespace Shian.Shared.Persistence;

/// <summary>
/// A record that belongs to a town. The context filters every query by the caller's scope and refuses
/// writes outside it; nothing per page or per endpoint has to remember to do so.
/// </summary>
public interface IJurisdictionScoped
{
    /// <summary>The 9-digit town code (GB/T 10114 shape) the record belongs to.</summary>
    string JurisdictionCode { get; }

    /// <summary>The operator that owns the record, so that its enterprise user may change it; null if none.</summary>
    Guid? OwningOperatorId => null;
}
