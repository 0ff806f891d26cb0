using Microsoft.EntityFrameworkCore;
using Shian.Modules.Licensing.Contracts;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Operators.Features.Categories;

/// <summary>
/// A licence says what the operator does: its category (食品经营类别) joins the operator's file in the licence's
/// save, so a business registered without categories shows 餐饮服务 once it is licensed for catering.
/// </summary>
internal sealed class AddCategoryOnLicenceIssued(ShianDbContext db) : IDomainEventHandler<LicenceIssued>
{
    public async Task HandleAsync(LicenceIssued e, CancellationToken ct)
    {
        var file = await db.Set<Operator>().Unscoped("the licence's own save: the enterprise applying reaches its operator wherever it lies")
            .FirstOrDefaultAsync(o => o.Id == e.OperatorId, ct);
        if (file is null || string.IsNullOrEmpty(e.Category) || file.Categories.Contains(e.Category))
        {
            return;
        }

        file.SetCategories([.. file.Categories, e.Category]);
    }
}
