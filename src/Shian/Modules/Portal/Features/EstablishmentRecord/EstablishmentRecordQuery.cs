using Shian.Modules.Administration.Contracts;
using Shian.Modules.Catering.Contracts;

namespace Shian.Modules.Portal.Features.EstablishmentRecord;

/// <summary>One published establishment with the names of every place code, for the open-data API and the public record page.</summary>
internal sealed class EstablishmentRecordQuery(ICateringGrades grades, IJurisdictionDirectory jurisdictions)
{
    public async Task<(PublishedEstablishment Establishment, IReadOnlyDictionary<string, string> Names)?> FindAsync(Guid id, CancellationToken ct)
    {
        if (await grades.FindAsync(id, ct) is not { } establishment)
        {
            return null;
        }

        var places = await jurisdictions.AllAsync(ct);
        return (establishment, places.ToDictionary(p => p.Code, p => p.Name));
    }
}
