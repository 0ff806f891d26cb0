using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Hosting.DemoData;

/// <summary>
/// A Jiangmen-shaped data set: operators spread over the towns in proportion to district population, with
/// category and legal-form mixes close to a real city's register, plus the demo accounts. Deterministic
/// content for a given seed and scale; runs only on a database with no operators.
/// </summary>
internal sealed class DemoDataSeeder(
    ShianDbContext db,
    UserManager<ShianUser> users,
    IJurisdictionDirectory jurisdictions,
    PersonalDataProtector protector,
    TimeProvider time)
{
    private const int BatchSize = 2_000;

    /// <summary>Category mix (weights sum to 1000), roughly a city's register: catering and sales dominate.</summary>
    private static readonly (string Category, int Weight)[] CategoryMix =
    [
        (FoodBusinessCategories.Catering, 520), (FoodBusinessCategories.Sales, 330), (FoodBusinessCategories.Production, 45),
        (FoodBusinessCategories.UnitCanteen, 40), (FoodBusinessCategories.SchoolCanteen, 25), (FoodBusinessCategories.AgriculturalMarket, 12),
        (FoodBusinessCategories.CollectiveMealDelivery, 8), (FoodBusinessCategories.CentralKitchen, 6), (FoodBusinessCategories.OnlinePlatform, 2),
        (FoodBusinessCategories.HealthFoodProduction, 12),
    ];

    public async Task<bool> SeedIfEmptyAsync(DemoDataOptions options, IProgress<DemoDataProgress>? progress, CancellationToken ct)
    {
        if (await db.Set<Operator>().IgnoreQueryFilters().AnyAsync(ct))
        {
            return false;
        }

        var firstOperatorId = await SeedOperatorsAsync(options, progress, ct);
        await SeedAccountsAsync(firstOperatorId);
        return true;
    }

    private async Task<Guid> SeedOperatorsAsync(DemoDataOptions options, IProgress<DemoDataProgress>? progress, CancellationToken ct)
    {
        var random = new Random(options.Seed);
        var names = new ChineseNameGenerator(random);
        var all = await jurisdictions.AllAsync(ct);
        var districts = all.Where(j => j.Level == "District").ToList();
        var townsByDistrict = districts.ToDictionary(d => d.Code, d => all.Where(t => t.ParentCode == d.Code).ToList());
        var totalPopulation = districts.Sum(d => d.Population ?? 1);
        var usedCodes = new HashSet<string>();
        var now = time.GetUtcNow();
        var total = options.OperatorCount;
        Guid? first = null;

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            for (var done = 0; done < total;)
            {
                var batch = Math.Min(BatchSize, total - done);
                for (var i = 0; i < batch; i++)
                {
                    var district = PickWeighted(random, districts, d => (d.Population ?? 1) / (double)totalPopulation);
                    var town = names.Pick(townsByDistrict[district.Code]);
                    var entity = NewOperator(random, names, district, town, usedCodes, now);
                    first ??= entity.Id;
                    db.Add(entity);
                    db.Add(new TimelineEntry
                    {
                        OperatorId = entity.Id,
                        JurisdictionCode = town.Code,
                        OccurredAt = entity.RegisteredAt,
                        Module = "Operators",
                        Kind = "operators.registered",
                        Title = "建立档案",
                        Detail = "演示数据",
                        ActorName = "system",
                    });
                }

                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                done += batch;
                progress?.Report(new DemoDataProgress("operators", done, total));
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }

        return first!.Value;
    }

    private Operator NewOperator(
        Random random, ChineseNameGenerator names, JurisdictionInfo district, JurisdictionInfo town, HashSet<string> usedCodes, DateTimeOffset now)
    {
        var category = PickWeighted(random, CategoryMix, c => c.Weight / 1000.0).Category;
        var type = category switch
        {
            FoodBusinessCategories.UnitCanteen or FoodBusinessCategories.SchoolCanteen => OperatorEntityType.PublicInstitution,
            FoodBusinessCategories.Catering or FoodBusinessCategories.Sales when random.NextDouble() < 0.7 => OperatorEntityType.IndividualBusiness,
            FoodBusinessCategories.Sales when random.NextDouble() < 0.05 => OperatorEntityType.Cooperative,
            _ => OperatorEntityType.Enterprise,
        };
        string code;
        do
        {
            code = names.CreditCode(type, district.Code);
        }
        while (!usedCodes.Add(code));

        var person = names.Person();
        var id = names.IdNumber(district.Code);
        var phone = names.Phone();
        var address = names.Address(district.Name, town.Name);
        var categories = category == FoodBusinessCategories.Sales && random.NextDouble() < 0.15
            ? new[] { category, FoodBusinessCategories.Catering }
            : [category];
        var entity = new Operator
        {
            CreditCode = code,
            Name = names.OperatorName(district.Name, town.Name, category, type),
            EntityType = type,
            LegalRepresentative = person,
            LegalRepresentativeIdCipher = protector.Protect(id),
            LegalRepresentativeIdMasked = Mask.IdNumber(id),
            PhoneCipher = protector.Protect(phone),
            PhoneMasked = Mask.Phone(phone),
            RegisteredAddress = address,
            JurisdictionCode = town.Code,
            RegisteredAt = now.AddDays(-random.Next(30, 3650)),
            Status = random.NextDouble() < 0.03 ? OperatorStatus.Suspended : OperatorStatus.Active,
        };
        entity.SetCategories(categories);
        entity.AddPremises(address, town.Code, categories);
        entity.Touch(entity.RegisteredAt);
        return entity;
    }

    private async Task SeedAccountsAsync(Guid firstOperatorId)
    {
        foreach (var account in DemoAccounts.All)
        {
            if (await users.FindByNameAsync(account.UserName) is not null)
            {
                continue;
            }

            var user = new ShianUser
            {
                UserName = account.UserName,
                DisplayName = account.DisplayName,
                JurisdictionCode = account.JurisdictionCode,
                OperatorId = account.Role == Roles.EnterpriseUser ? firstOperatorId : null,
                IsDemoAccount = true,
            };
            var result = await users.CreateAsync(user, DemoAccounts.Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {account.UserName}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            }

            await users.AddToRoleAsync(user, account.Role);
        }
    }

    private static T PickWeighted<T>(Random random, IReadOnlyList<T> items, Func<T, double> weight)
    {
        var roll = random.NextDouble();
        foreach (var item in items)
        {
            roll -= weight(item);
            if (roll <= 0)
            {
                return item;
            }
        }

        return items[^1];
    }
}
