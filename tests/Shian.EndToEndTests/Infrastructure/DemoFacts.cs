using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.EndToEndTests.Infrastructure;

/// <summary>A demo operator, as the tests refer to it: its id, its name and the town it is in.</summary>
public sealed record DemoOperator(Guid Id, string Name, string JurisdictionCode);

/// <summary>
/// What the tests need to know about the seeded demo data, read once from the database after start-up, so that
/// the journeys use real names and ids instead of guessing them. Each journey that changes data gets an operator
/// of its own, so the journeys can run in any order.
/// </summary>
public sealed class DemoFacts
{
    public const string XinhuiDistrict = "440705";
    public const string TaishanDistrict = "440781";

    /// <summary>Place words every name and address shares; a query made of them finds everything.</summary>
    private static readonly string[] PlaceWords = ["江门", "门市", "新会", "会区", "有限", "限公", "公司"];

    /// <summary>The operator the "enterprise" demo account acts for.</summary>
    public required DemoOperator EnterpriseOperator { get; init; }

    /// <summary>A 新会 operator the 新会 inspector searches for and edits.</summary>
    public required DemoOperator XinhuiEdited { get; init; }

    /// <summary>A two-character part of <see cref="XinhuiEdited"/>'s name that finds it on the first result page.</summary>
    public required string XinhuiQuery { get; init; }

    /// <summary>A 新会 operator that is only looked at (phone layout, the 台山 inspector's attempt).</summary>
    public required DemoOperator XinhuiViewed { get; init; }

    internal static async Task<DemoFacts> ReadAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShianDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ShianUser>>();

        var enterpriseUser = await users.FindByNameAsync("enterprise")
            ?? throw new InvalidOperationException("The demo data has no 'enterprise' account.");
        var enterprise = await db.Set<Operator>().IgnoreQueryFilters().Where(o => o.Id == enterpriseUser.OperatorId)
            .Select(o => new DemoOperator(o.Id, o.Name, o.JurisdictionCode)).SingleAsync();

        // Everything the 新会 inspector's search runs over; the journeys use active operators other than the enterprise's.
        var inScope = await db.Set<Operator>().IgnoreQueryFilters()
            .Where(o => o.JurisdictionCode.StartsWith(XinhuiDistrict))
            .OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Select(o => new { o.Id, o.Name, o.JurisdictionCode, o.SearchText, o.Status })
            .ToListAsync();
        var xinhui = inScope.Where(o => o.Id != enterprise.Id && o.Status == OperatorStatus.Active).ToList();
        if (xinhui.Count < 2)
        {
            throw new InvalidOperationException($"The tiny demo data set has {xinhui.Count} active 新会 operators; the journeys need two.");
        }

        // The rarest two-character part of a name: a person types a word of the shop's name, not a place name.
        var (edited, query) = xinhui
            .SelectMany(o => Enumerable.Range(0, o.Name.Length - 1).Select(i => (Operator: o, Query: o.Name.Substring(i, 2))))
            .Where(c => c.Query.All(IsCjk) && !PlaceWords.Contains(c.Query))
            .Select(c => (c.Operator, c.Query, Hits: inScope.Count(o => o.SearchText.Contains(c.Query, StringComparison.Ordinal))))
            .OrderBy(c => c.Hits).ThenBy(c => c.Operator.Name, StringComparer.Ordinal)
            .Select(c => (c.Operator, c.Query))
            .First();
        var viewed = xinhui.First(o => o.Id != edited.Id);

        return new DemoFacts
        {
            EnterpriseOperator = enterprise,
            XinhuiEdited = new DemoOperator(edited.Id, edited.Name, edited.JurisdictionCode),
            XinhuiQuery = query,
            XinhuiViewed = new DemoOperator(viewed.Id, viewed.Name, viewed.JurisdictionCode),
        };
    }

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff';
}
