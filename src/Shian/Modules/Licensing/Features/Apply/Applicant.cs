using Shian.Modules.Administration.Contracts;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Security;

namespace Shian.Modules.Licensing.Features.Apply;

/// <summary>Who applies and where: the same checks as a new licence application, for filings and SC applications.</summary>
internal static class Applicant
{
    /// <summary>An enterprise user applies for its own operator only; staff name an operator in their scope (404 otherwise).</summary>
    public static async Task<OperatorSummary> FindAsync(CurrentUser user, IOperatorDirectory operators, Guid? requested, CancellationToken ct)
    {
        Guid id;
        if (user.OperatorId is { } own)
        {
            id = requested is null || requested == own
                ? own
                : throw ShianException.Forbidden(LicensingErrors.NotYourOperator);
        }
        else
        {
            id = requested ?? throw ShianException.Invalid(LicensingErrors.OperatorRequired, "operatorId");
        }

        return await operators.FindAsync(id, ct)
            ?? throw ShianException.NotFound(LicensingErrors.OperatorNotFound);
    }

    public static async Task<JurisdictionInfo> TownAsync(IJurisdictionDirectory jurisdictions, string code, CancellationToken ct)
    {
        var town = await jurisdictions.FindAsync(code, ct);
        return town?.Level == JurisdictionLevels.Town ? town : throw ShianException.Invalid(LicensingErrors.UnknownTown, "premisesTownCode");
    }
}
