using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Persistence;

namespace Shian.Modules.Operators.Features.OperatorFile;

/// <summary>The operator's file (一户一档): its data and premises (the timeline and change log are their own features).</summary>
internal sealed class OperatorFileQuery(ShianDbContext db, IJurisdictionDirectory jurisdictions)
{
    /// <param name="id">The operator.</param>
    /// <param name="ct">Cancellation.</param>
    /// <param name="ownOperator">The caller is the operator's own enterprise user: step past the staff scope filter.</param>
    public async Task<OperatorDetails?> GetAsync(Guid id, CancellationToken ct, bool ownOperator = false)
    {
        var operators = ownOperator ? db.Set<Operator>().Unscoped("the enterprise user reads its own operator") : db.Set<Operator>();
        var o = await operators.AsNoTracking().Include(x => x.Premises).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (o is null)
        {
            return null;
        }

        var premises = new List<PremisesView>();
        foreach (var p in o.Premises)
        {
            premises.Add(new PremisesView(p.Id, p.Name, p.Address, p.JurisdictionCode, await jurisdictions.DisplayNameAsync(p.JurisdictionCode, ct), p.Categories));
        }

        return new OperatorDetails(
            o.Id, o.CreditCode, o.CreditCodeOverrideReason, o.Name, o.EntityType.ToString(), o.LegalRepresentative,
            o.LegalRepresentativeIdMasked, o.PhoneMasked, o.ContactPerson, o.ContactEmail, o.RegisteredAddress, o.JurisdictionCode,
            await jurisdictions.DisplayNameAsync(o.JurisdictionCode, ct), o.Categories, o.Status.ToString(), o.RegisteredAt, o.UpdatedAt,
            o.Version, premises);
    }
}

internal sealed record OperatorDetails(
    Guid Id, string CreditCode, string? CreditCodeOverrideReason, string Name, string EntityType, string LegalRepresentative,
    string LegalRepresentativeIdMasked, string PhoneMasked, string? ContactPerson, string? ContactEmail, string RegisteredAddress,
    string JurisdictionCode, string TownName, IReadOnlyList<string> Categories, string Status, DateTimeOffset RegisteredAt,
    DateTimeOffset UpdatedAt, int Version, IReadOnlyList<PremisesView> Premises);

internal sealed record PremisesView(Guid Id, string? Name, string Address, string JurisdictionCode, string TownName, IReadOnlyList<string> Categories);
