using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Operators.Domain;

/// <summary>A place where the operator works (经营场所), with its own town and categories.</summary>
internal sealed class Premises : Entity, IAudited, IJurisdictionScoped
{
    private Premises()
    {
    }

    public Premises(Guid operatorId, string address, string jurisdictionCode, IEnumerable<string> categories, string? name)
    {
        OperatorId = operatorId;
        Address = address;
        JurisdictionCode = jurisdictionCode;
        CategoryCodes = CategoryCodeList.Format(categories);
        Name = name;
    }

    public Guid OperatorId { get; private init; }

    public string? Name { get; set; }

    public string Address { get; set; } = "";

    public string JurisdictionCode { get; set; } = "";

    public string CategoryCodes { get; private set; } = "";

    public IReadOnlyList<string> Categories => CategoryCodeList.Parse(CategoryCodes);

    Guid? IJurisdictionScoped.OwningOperatorId => OperatorId;
}
