using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Inspections.Contracts;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Persistence;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Catering;

/// <summary>
/// Arranges catering operators and completes inspections for them by raising the real
/// <see cref="InspectionCompleted"/> event in a save, as the Inspections module's sign-off will.
/// </summary>
public static class CateringTestData
{
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static DateOnly Today => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>
    /// An operator already on file for years (loaded like imports and demo data, so no registration event): its
    /// inspections are graded at once, with no new-licence waiting window.
    /// </summary>
    public static async Task<(Guid Id, string Name)> ExistingOperatorAsync(
        ShianAppFactory app, string town = TestData.TaishanTown, string? name = null, string category = "catering")
    {
        name ??= "老字号餐厅" + TestData.Token();
        var entity = new Operator
        {
            CreditCode = TestData.NewCreditCode(town[..6]),
            Name = name,
            EntityType = OperatorEntityType.Enterprise,
            LegalRepresentative = "王五",
            RegisteredAddress = "江门市测试大道" + TestData.Token() + "号",
            JurisdictionCode = town,
            RegisteredAt = DateTimeOffset.UtcNow.AddYears(-3),
        };
        entity.SetCategories([category]);
        entity.Touch(entity.RegisteredAt);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShianDbContext>();
        db.Add(entity);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (entity.Id, name);
    }

    /// <summary>Completes an inspection of <paramref name="operatorId"/> and returns its id.</summary>
    public static async Task<Guid> CompleteInspectionAsync(
        ShianAppFactory app, Guid operatorId, decimal? score, DateOnly? inspectedOn = null, int keyItemsFailed = 0,
        string sector = "catering", string town = TestData.TaishanTown, Guid? inspectionId = null, string kind = "routine")
    {
        var id = inspectionId ?? Guid.CreateVersion7();
        var on = inspectedOn ?? Today;
        var result = keyItemsFailed > 0 ? InspectionResult.DoesNotConform : score >= 90 ? InspectionResult.Conforms : InspectionResult.BasicallyConforms;
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShianDbContext>();
        db.Raise(new InspectionCompleted(
            id, operatorId, null, town, kind, sector, result, keyItemsFailed, 0, score, on, on.AddDays(28),
            [Guid.NewGuid(), Guid.NewGuid()], null, null));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return id;
    }
}
