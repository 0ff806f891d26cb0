using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Inspections.Contracts;
using Shian.Modules.Operators.Domain;
using Shian.Modules.RiskGrading.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.RiskGrading;

/// <summary>What the RiskGrading tests share: operators to grade, events to raise, a grade to read.</summary>
internal static class RiskGradingTestData
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Today in China by the app's clock.</summary>
    public static DateOnly Today(ShianAppFactory app) => app.Clock.ChinaToday();

    public static Dictionary<string, object?> NewOperator(string town, string category = "catering", string entityType = "Enterprise")
    {
        var body = TestData.Operator(town);
        body["categories"] = new[] { category };
        body["entityType"] = entityType;
        return body;
    }

    public static async Task RaiseAsync(ShianAppFactory app, params IDomainEvent[] events)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShianDbContext>();
        foreach (var e in events)
        {
            db.Raise(e);
        }

        await db.SaveChangesAsync(Ct);
    }

    public static InspectionCompleted Inspection(
        Guid operatorId, string town, InspectionResult result, int key, int general, DateOnly on, string kind = "routine") =>
        new(Guid.NewGuid(), operatorId, null, town, kind, "catering", result, key, general, null, on, on.AddDays(28), [Guid.NewGuid(), Guid.NewGuid()], null, null);

    public static async Task<JsonElement> GradeAsync(ShianAppFactory app, Guid operatorId, string user = TestUsers.Admin)
    {
        using var client = await app.ClientAsAsync(user);
        return await (await client.GetAsync(RiskGradingApiPaths.Operator(operatorId), Ct)).ReadJsonAsync();
    }

    /// <summary>An operator written directly, without the registration event (as demo seeding does), so it has no grade yet.</summary>
    public static async Task<Guid> InsertWithoutEventAsync(ShianAppFactory app, string town, string category)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShianDbContext>();
        var entity = new Operator
        {
            CreditCode = TestData.NewCreditCode(town[..6]),
            Name = "未评定测试" + TestData.Token(),
            EntityType = OperatorEntityType.Enterprise,
            LegalRepresentative = "李四",
            RegisteredAddress = "江门市测试路2号",
            JurisdictionCode = town,
            RegisteredAt = DateTimeOffset.UtcNow,
        };
        entity.SetCategories([category]);
        entity.Touch(entity.RegisteredAt);
        db.Add(entity);
        await db.SaveChangesAsync(Ct);
        (await db.Set<OperatorGrade>().AnyAsync(g => g.OperatorId == entity.Id, Ct)).ShouldBeFalse();
        return entity.Id;
    }
}
