using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Audit.Contracts;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Operators.Features.RevealPersonalData;

/// <summary>Reveals the full ID and phone numbers of an operator; every reveal is written to the ledger first.</summary>
internal sealed class PersonalDataReader(ShianDbContext db, PersonalDataProtector protector, IPersonalDataAccessLog accessLog)
{
    public async Task<OperatorPersonalData> RevealAsync(Guid id, string purpose, CancellationToken ct)
    {
        var o = await db.Set<Operator>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw ShianException.NotFound(OperatorsErrors.NotFound);
        await accessLog.RecordAsync(nameof(Operator), id.ToString(), "LegalRepresentativeId,Phone", purpose, ct);
        return new OperatorPersonalData(protector.Unprotect(o.LegalRepresentativeIdCipher), protector.Unprotect(o.PhoneCipher));
    }
}

internal sealed class RevealRequest
{
    [Required(ErrorMessage = "operators.purpose_required")]
    [StringLength(200, MinimumLength = 2, ErrorMessage = "operators.purpose_length")]
    public string? Purpose { get; set; }
}

internal sealed record OperatorPersonalData(string? LegalRepresentativeIdNumber, string? Phone);
