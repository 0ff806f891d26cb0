using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.RiskGrading.Domain;
using Shian.Modules.RiskGrading.Features.Regrade;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.RiskGrading.Domain;

/// <summary>
/// Worked examples from the seeded rule tables (static + dynamic → grade), at each threshold boundary, and the
/// annual raise/lower rules. The model is read from the running app's rule rows, as grading reads it.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class RiskScoringTests(ShianAppFactory app)
{
    private static readonly DateOnly On = new(2026, 11, 29);

    private async Task<RiskModel> ModelAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<RiskModelLoader>().LoadAsync(On, TestContext.Current.CancellationToken);
    }

    private static OperatorProfile Profile(string entityType, params string[] categories) =>
        new(Guid.NewGuid(), "", "440781001", categories, entityType, new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private static RiskEventData Inspection(string result, int key, int general, DateOnly? on = null) =>
        new(Guid.NewGuid(), RiskEventKinds.Inspection, "inspections:" + Guid.NewGuid(), on ?? On.AddDays(-10), result, key, general, null, false);

    private static RiskEventData Event(string kind, DateOnly on, string? detail = null, bool intentional = false) =>
        new(Guid.NewGuid(), kind, kind + ":" + Guid.NewGuid(), on, null, 0, 0, detail, intentional);

    [Theory]
    [InlineData("Enterprise", "catering", 23, "A")]             // 餐饮 10 + 企业 7 + 产品 6
    [InlineData("IndividualBusiness", "sales", 13, "A")]        // 销售 6 + 个体 3 + 产品 4
    [InlineData("PublicInstitution", "school_canteen", 36, "B")] // 学校食堂 18 + 事业单位 8 + 产品 10
    [InlineData("Enterprise", "health_food_production", 37, "B")] // 保健食品 20 + 企业 7 + 产品 10
    public async Task Static_score_follows_the_point_tables(string entityType, string category, decimal expected, string grade)
    {
        var result = RiskScorer.Score(await ModelAsync(), Profile(entityType, category), [], On);

        result.StaticScore.ShouldBe(expected);
        result.DynamicScore.ShouldBe(0);
        result.Grade.ShouldBe(grade);
        result.Factors.Where(f => f.Part == "static").Select(f => f.RuleSet)
            .ShouldBe(["riskgrading.static.category", "riskgrading.static.scale", "riskgrading.static.product"]);
        result.Factors.ShouldAllBe(f => f.Citation.Length > 0 && f.Confidence.Length > 0);
    }

    [Fact]
    public async Task The_highest_category_counts_and_an_unknown_legal_form_uses_the_default_row()
    {
        var result = RiskScorer.Score(await ModelAsync(), Profile(null!, "sales", "catering"), [], On);

        // 餐饮 10 (not 销售 6) + default scale 5 + 餐饮 product 6.
        result.StaticScore.ShouldBe(21);
        result.Factors.Single(f => f.Key == "scale").RuleKey.ShouldBe("*");
    }

    /// <summary>Catering enterprise, static 23; the dynamic part is built to land on each boundary.</summary>
    [Theory]
    [InlineData("BasicallyConforms", 0, 2, false, 30.0, "A")]   // 6 + 2 × 0.5 = 7 → 30
    [InlineData("BasicallyConforms", 0, 3, false, 30.5, "B")]   // 6 + 1.5 = 7.5 → 30.5
    [InlineData("DoesNotConform", 2, 2, false, 45.0, "B")]      // 15 + 6 + 1 = 22 → 45
    [InlineData("DoesNotConform", 2, 2, true, 60.0, "C")]       // 22 + sampling 15 = 37 → 60
    [InlineData("DoesNotConform", 2, 3, true, 60.5, "D")]       // 22.5 + 15 = 37.5 → 60.5
    public async Task Total_score_maps_to_grades_at_the_threshold_boundaries(
        string result, int key, int general, bool samplingFailure, double total, string grade)
    {
        List<RiskEventData> events = [Inspection(result, key, general)];
        if (samplingFailure)
        {
            events.Add(Event(RiskEventKinds.SamplingFailure, On.AddDays(-5), "city"));
        }

        var scored = RiskScorer.Score(await ModelAsync(), Profile("Enterprise", "catering"), events, On);

        scored.TotalScore.ShouldBe((decimal)total);
        scored.Grade.ShouldBe(grade);
        scored.Factors.Single(f => f.Part == "grade").Label.ShouldContain($"{grade} 级");
    }

    [Fact]
    public async Task Only_the_latest_inspection_counts_and_old_events_leave_the_window()
    {
        var model = await ModelAsync();
        var events = new[]
        {
            Inspection("DoesNotConform", 3, 0, On.AddMonths(-3)),
            Inspection("Conforms", 0, 0, On.AddMonths(-1)),
            Event(RiskEventKinds.Incident, On.AddMonths(-13), "IV"),
        };

        var scored = RiskScorer.Score(model, Profile("Enterprise", "catering"), events, On);

        scored.DynamicScore.ShouldBe(0);
        scored.Factors.Single(f => f.Key == "inspection_result").Label.ShouldEndWith("结果：符合");
        scored.Factors.ShouldNotContain(f => f.Key == "incident");
    }

    [Fact]
    public async Task Dynamic_score_is_capped_and_the_cap_is_shown()
    {
        var events = new[] { Event(RiskEventKinds.Incident, On.AddDays(-3), "IV"), Event(RiskEventKinds.Incident, On.AddDays(-2), "IV"), Event(RiskEventKinds.SamplingFailure, On.AddDays(-1), "county") };

        var scored = RiskScorer.Score(await ModelAsync(), Profile("Enterprise", "catering"), events, On);

        scored.DynamicScore.ShouldBe(60);
        scored.Factors.ShouldContain(f => f.Key == "cap" && f.Points == -15 && f.RuleKey == "dynamic_max");
        scored.Grade.ShouldBe("D");
    }

    [Fact]
    public async Task Serious_violation_listing_sets_D_whatever_the_score()
    {
        var scored = RiskScorer.Score(await ModelAsync(), Profile("Enterprise", "sales"), [], On, listing: new ListingOverride("虚假宣传", "江市监信〔2026〕1号", On));

        scored.ScoreGrade.ShouldBe("A");
        scored.Grade.ShouldBe("D");
        scored.Factors.Single(f => f.Part == "override").RuleSet.ShouldBe("riskgrading.override");
    }

    [Theory]
    [InlineData(RiskEventKinds.SamplingFailure, "national", false, 1)]
    [InlineData(RiskEventKinds.SamplingFailure, "provincial", false, 1)]
    [InlineData(RiskEventKinds.SamplingFailure, "city", false, 0)]   // only national/provincial failures raise
    [InlineData(RiskEventKinds.Penalty, "fine", true, 1)]
    [InlineData(RiskEventKinds.Penalty, "fine", false, 0)]          // not intentional
    [InlineData(RiskEventKinds.Penalty, "warning", true, 0)]
    [InlineData(RiskEventKinds.Incident, "IV", false, 2)]
    public async Task Annual_regrade_raises_for_the_cases_of_the_review_year(string kind, string detail, bool intentional, int levels)
    {
        var recent = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero); // too recent for the clean-years rule
        var profile = Profile("Enterprise", "catering") with { RegisteredAt = recent };

        var adjustment = AnnualAdjustment.Decide(await ModelAsync(), profile, [Event(kind, new DateOnly(2026, 6, 1), detail, intentional)], 2027);

        (adjustment?.Levels ?? 0).ShouldBe(levels);
    }

    [Fact]
    public async Task Two_raising_cases_raise_two_levels_and_cases_outside_the_review_year_do_not_count()
    {
        var model = await ModelAsync();
        var profile = Profile("Enterprise", "catering") with { RegisteredAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) };
        var two = new[] { Event(RiskEventKinds.SamplingFailure, new DateOnly(2026, 3, 1), "national"), Event(RiskEventKinds.Penalty, new DateOnly(2026, 9, 1), "suspension", true) };

        AnnualAdjustment.Decide(model, profile, two, 2027)!.Levels.ShouldBe(2);
        AnnualAdjustment.Decide(model, profile, two, 2028).ShouldBeNull(); // reviewed year 2027 is clean, not yet 3 years
    }

    [Fact]
    public async Task Three_clean_years_lower_one_level_and_a_raising_case_in_them_prevents_it()
    {
        var model = await ModelAsync();
        var old = Profile("PublicInstitution", "school_canteen") with { RegisteredAt = new DateTimeOffset(2019, 5, 1, 0, 0, 0, TimeSpan.Zero) };

        var lowered = AnnualAdjustment.Decide(model, old, [], 2027)!;
        lowered.Levels.ShouldBe(-1);
        lowered.RuleKey.ShouldBe("lower_clean_years");
        RiskScorer.Score(model, old, [], On, lowered).Grade.ShouldBe("A"); // B by score (36), lowered to A

        AnnualAdjustment.Decide(model, old, [Event(RiskEventKinds.Incident, new DateOnly(2024, 7, 1), "IV")], 2027).ShouldBeNull();
        AnnualAdjustment.Decide(model, old with { RegisteredAt = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero) }, [], 2027).ShouldBeNull();
    }

    [Fact]
    public void Workload_is_balanced_within_one_visit_with_enough_one_visit_tasks()
    {
        var inspectors = Enumerable.Range(1, 4).Select(i => new PlanInspector(Guid.NewGuid(), $"insp{i}", "440785")).ToList();
        var weights = new[] { 4, 4, 3, 3, 3, 2, 2, 2, 2, 2 }.Concat(Enumerable.Repeat(1, 30)).ToArray();
        var tasks = weights.Select((w, i) => new PlanTask(i, $"44078500{1 + (i % 5)}", w)).ToList();

        var assigned = WorkloadBalancer.Assign(tasks, inspectors);

        assigned.ShouldAllBe(a => a != null);
        var loads = inspectors.Select(i => tasks.Where(t => assigned[t.Index] == i.UserId).Sum(t => t.Weight)).ToList();
        (loads.Max() - loads.Min()).ShouldBeLessThanOrEqualTo(1);
        loads.Sum().ShouldBe(weights.Sum());
    }

    [Fact]
    public void Town_inspectors_get_only_their_town_and_city_inspectors_are_a_fallback()
    {
        var town = new PlanInspector(Guid.NewGuid(), "town", "440785001");
        var district = new PlanInspector(Guid.NewGuid(), "district", "440785");
        var city = new PlanInspector(Guid.NewGuid(), "city", "440700");
        var tasks = new List<PlanTask> { new(0, "440785002", 1), new(1, "440785001", 1), new(2, "440785002", 3) };

        var assigned = WorkloadBalancer.Assign(tasks, [town, district, city]);

        assigned[0].ShouldBe(district.UserId);
        assigned[2].ShouldBe(district.UserId);
        assigned[1].ShouldBe(town.UserId); // least loaded among the two eligible
        WorkloadBalancer.Assign([new PlanTask(0, "440785002", 1)], [town, city])[0].ShouldBe(city.UserId);
    }
}
