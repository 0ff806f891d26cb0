using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Operators.Domain;

/// <summary>
/// A food business operator (市场主体) and the root of its file (一户一档). Personal data is held only
/// encrypted, next to a masked copy for lists. <see cref="Version"/> guards against lost updates.
/// </summary>
internal sealed class Operator : Entity, IAudited, IJurisdictionScoped
{
    private readonly List<Premises> _premises = [];

    public string CreditCode { get; set; } = "";

    /// <summary>Why a code whose check character fails was accepted anyway (null when the code checks).</summary>
    public string? CreditCodeOverrideReason { get; set; }

    public string Name { get; set; } = "";

    public OperatorEntityType EntityType { get; set; }

    public string LegalRepresentative { get; set; } = "";

    [Masked]
    public string? LegalRepresentativeIdCipher { get; set; }

    public string LegalRepresentativeIdMasked { get; set; } = "";

    [Masked]
    public string? PhoneCipher { get; set; }

    public string PhoneMasked { get; set; } = "";

    /// <summary>Day-to-day contact; the enterprise user may change it.</summary>
    public string? ContactPerson { get; set; }

    public string? ContactEmail { get; set; }

    public string RegisteredAddress { get; set; } = "";

    /// <summary>The town (9-digit code) of the registered address: the operator's jurisdiction.</summary>
    public string JurisdictionCode { get; set; } = "";

    /// <summary>Category codes as ";catering;sales;": one column that any provider can filter with LIKE.</summary>
    public string CategoryCodes { get; private set; } = "";

    public IReadOnlyList<string> Categories => CategoryCodeList.Parse(CategoryCodes);

    public OperatorStatus Status { get; set; } = OperatorStatus.Active;

    public DateTimeOffset RegisteredAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Name, code, address and legal representative in one upper-cased column: what the search box matches.</summary>
    public string SearchText { get; private set; } = "";

    public int Version { get; set; }

    public IReadOnlyList<Premises> Premises => _premises;

    Guid? IJurisdictionScoped.OwningOperatorId => Id;

    public void SetCategories(IEnumerable<string> codes) => CategoryCodes = CategoryCodeList.Format(codes);

    public Premises AddPremises(string address, string jurisdictionCode, IEnumerable<string> categories, string? name = null)
    {
        var premises = new Premises(Id, address, jurisdictionCode, categories, name);
        _premises.Add(premises);
        return premises;
    }

    public void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
        SearchText = new[] { Name, CreditCode, RegisteredAddress, LegalRepresentative }.JoinNonEmpty().ToUpperInvariant();
    }
}
