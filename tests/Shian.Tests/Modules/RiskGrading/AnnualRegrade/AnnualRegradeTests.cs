using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Inspections.Contracts;
using Shian.Modules.RiskGrading.Features.AnnualRegrade;
using Shian.Modules.RiskGrading.Features.GradeDetail;
using Shian.Modules.Sampling.Contracts;
using Shian.Shared.Jobs;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.RiskGrading.AnnualRegrade;

/// <summary>The job grades the ungraded; the annual re-grade raises after a raising case and lowers after three clean years.</summary>
[Collection(AppCollection.Name)]
public sealed class AnnualRegradeTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Today => RiskGradingTestData.Today(app);

    private Task<JsonElement> GradeAsync(Guid operatorId, string user = TestUsers.Admin) => RiskGradingTestData.GradeAsync(app, operatorId, user);

    [Fact]
    public async Task The_job_grades_operators_without_a_grade_and_completes_the_profile_of_newcomers()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var registered = await TestData.CreateOperatorAsync(admin, RiskGradingTestData.NewOperator(TestData.XinhuiTown, "catering", "IndividualBusiness"));
        var seeded = await RiskGradingTestData.InsertWithoutEventAsync(app, TestData.XinhuiTown, "central_kitchen");
        await (await admin.GetAsync(RiskGradingApiPaths.Operator(seeded), Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var run = await app.Services.GetRequiredService<JobRunner>().RunNowAsync("riskgrading.grade_operators", Ct);

        run.LastSucceeded.ShouldBe(true, run.LastSummary);
        var central = await GradeAsync(seeded);
        central.GetProperty("staticScore").GetDecimal().ShouldBe(18 + 7 + 10);
        central.GetProperty("priority").GetBoolean().ShouldBeTrue(); // 中央厨房: Art. 22 priority inspection
        var completed = await GradeAsync(registered);
        completed.GetProperty("staticScore").GetDecimal().ShouldBe(10 + 3 + 6); // legal form now read from the file
        completed.GetProperty("profileComplete").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Annual_regrade_raises_after_a_national_sampling_failure_and_lowers_after_three_clean_years()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var failing = await TestData.CreateOperatorAsync(admin, RiskGradingTestData.NewOperator(TestData.TaishanTown));
        await RiskGradingTestData.RaiseAsync(app, new SamplingFailed(Guid.NewGuid(), failing, "national", "餐饮自制面点", new DateOnly(Today.Year, 1, 15)));
        var clean = await TestData.CreateOperatorAsync(admin, RiskGradingTestData.NewOperator(TestData.TaishanTown, "school_canteen", "PublicInstitution"));

        var response = await admin.PostAsJsonAsync(RiskGradingApiPaths.AnnualRegrade, new { year = Today.Year + 1 }, Ct);
        (await response.ReadJsonAsync()).GetProperty("operators").GetInt32().ShouldBeGreaterThan(0);

        var raised = await GradeAsync(failing);
        raised.GetProperty("scoreGrade").GetString().ShouldBe("B"); // 23 + 15
        raised.GetProperty("grade").GetString().ShouldBe("C");      // raised one level
        raised.GetProperty("breakdown").EnumerateArray().ShouldContain(f =>
            f.GetProperty("part").GetString() == "adjustment" && f.GetProperty("points").GetDecimal() == 1);
        (await GradeAsync(clean)).GetProperty("grade").GetString().ShouldBe("B"); // 36, registered this year: not yet three clean years

        // Three years on, the operator has been supervised for three clean years: the next annual re-grade lowers it.
        // (The session cookie does not outlive the jump, so the re-grade and the reads run as the system, which sees everything.)
        using (app.Clock.TravelTo(new DateTimeOffset(Today.Year + 3, 6, 1, 4, 0, 0, TimeSpan.Zero)))
        {
            await AnnualRegradeAsync(TestData.TaishanTown, Today.Year + 1);

            var lowered = await DetailsAsync(clean);
            lowered.ScoreGrade.ShouldBe("B"); // 36
            lowered.Grade.ShouldBe("A");
            lowered.Breakdown.ShouldContain(f => f.RuleKey == "lower_clean_years");

            // The adjustment holds for the year: a later event re-grade keeps it.
            await RiskGradingTestData.RaiseAsync(app, RiskGradingTestData.Inspection(clean, TestData.TaishanTown, InspectionResult.Conforms, 0, 0, Today));
            (await DetailsAsync(clean)).Grade.ShouldBe("A");
        }

        var wrongYear = await admin.PostAsJsonAsync(RiskGradingApiPaths.AnnualRegrade, new { year = Today.Year + 2 }, Ct);
        await wrongYear.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "riskgrading.year_out_of_range");
    }

    private async Task AnnualRegradeAsync(string jurisdictionPrefix, int year)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<BulkGrader>().RunAsync(BulkMode.Annual, jurisdictionPrefix, year, null, Ct);
    }

    private async Task<GradeDetails> DetailsAsync(Guid operatorId)
    {
        using var scope = app.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<GradeDetailQuery>().DetailsAsync(operatorId, Ct)).ShouldNotBeNull();
    }
}
