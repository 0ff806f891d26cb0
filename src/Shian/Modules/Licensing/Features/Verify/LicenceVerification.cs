using Microsoft.EntityFrameworkCore;
using Shian.Modules.Licensing.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Kernel.Identifiers;
using Shian.Shared.Persistence;

namespace Shian.Modules.Licensing.Features.Verify;

/// <summary>The public check of a licence by its number: no personal data, only what the printed licence shows anyway.</summary>
internal sealed class LicenceVerification(ShianDbContext db, TimeProvider time)
{
    public async Task<VerifiedLicence?> VerifyAsync(string number, CancellationToken ct)
    {
        number = IdentifierText.Normalise(number); // typed or scanned numbers may come full-width or with invisible marks
        var l = await db.Set<Licence>().Unscoped("public registry: anyone checks a licence by its number").AsNoTracking()
            .FirstOrDefaultAsync(l => l.Number == number, ct);
        return l is null
            ? null
            : new VerifiedLicence(l.Number, l.StatusOn(time.ChinaToday()).ToString(), l.OperatorName, l.PremisesAddress, l.IssuedOn, l.ValidUntil, l.EndedOn);
    }
}

/// <summary>Public view of a licence; <see cref="EndedOn"/> is the day it was revoked, cancelled or found expired.</summary>
internal sealed record VerifiedLicence(
    string Number, string Status, string OperatorName, string PremisesAddress, DateOnly IssuedOn, DateOnly ValidUntil, DateOnly? EndedOn);
