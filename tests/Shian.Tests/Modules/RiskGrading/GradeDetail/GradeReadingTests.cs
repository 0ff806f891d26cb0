using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.RiskGrading.Contracts;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.RiskGrading.GradeDetail;

/// <summary>Reading grades: staff only in their jurisdiction (API, pages and the contract), bad queries get problems, the pages show.</summary>
[Collection(AppCollection.Name)]
public sealed class GradeReadingTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Today => RiskGradingTestData.Today(app);

    private Task<JsonElement> GradeAsync(Guid operatorId, string user = TestUsers.Admin) => RiskGradingTestData.GradeAsync(app, operatorId, user);

    [Fact]
    public async Task Staff_read_grades_only_in_their_jurisdiction()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var taishan = await TestData.CreateOperatorAsync(admin, RiskGradingTestData.NewOperator(TestData.TaishanTown));
        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);
        using var taishanInspector = await app.ClientAsAsync(TestUsers.TaishanInspector);

        await (await xinhui.GetAsync(RiskGradingApiPaths.Operator(taishan), Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "riskgrading.grade_not_found");
        (await GradeAsync(taishan, TestUsers.TaishanInspector)).GetProperty("grade").GetString().ShouldBe("A");
        var list = await (await xinhui.GetAsync(RiskGradingApiPaths.Grades + "?jurisdiction=440781&pageSize=200", Ct)).ReadJsonAsync();
        list.GetProperty("totalCount").GetInt32().ShouldBe(0);
        var distribution = await (await xinhui.GetAsync(RiskGradingApiPaths.Distribution, Ct)).ReadJsonAsync();
        distribution.EnumerateArray().Select(d => d.GetProperty("districtCode").GetString()).ShouldBe(["440705"]);
        await (await xinhui.PostAsync(RiskGradingApiPaths.Regrade(taishan), null, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        // IRiskGrades, the contract other modules use, is scoped the same way for the system (everything).
        using var scope = app.Services.CreateScope();
        var grades = scope.ServiceProvider.GetRequiredService<IRiskGrades>();
        (await grades.FindAsync(taishan, Ct))!.Grade.ShouldBe("A");
        (await grades.FindManyAsync([taishan, Guid.NewGuid()], Ct)).Keys.ShouldBe([taishan]);
        var stream = new List<OperatorRiskGrade>();
        await foreach (var g in grades.StreamByGradeAsync(TestData.TaishanTown, ["A"], Ct))
        {
            stream.Add(g);
        }

        stream.ShouldContain(g => g.OperatorId == taishan);
        stream.ShouldAllBe(g => g.Grade == "A" && g.JurisdictionCode == TestData.TaishanTown);
    }

    [Fact]
    public async Task Bad_queries_get_problems_not_errors()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        await (await admin.GetAsync(RiskGradingApiPaths.Grades + "?grade=E", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "riskgrading.unknown_grade");
        await (await admin.GetAsync(RiskGradingApiPaths.Grades + "?jurisdiction=44x781", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "riskgrading.unknown_district");
        await (await admin.GetAsync(RiskGradingApiPaths.Operator(Guid.NewGuid()), Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "riskgrading.grade_not_found");
        await (await admin.GetAsync(RiskGradingApiPaths.Operator("not-a-guid"), Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        using var anonymous = app.AnonymousClient();
        (await anonymous.GetAsync(RiskGradingApiPaths.Distribution, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Pages_show_the_distribution_and_the_grade_tab_on_the_operator_file()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var id = await TestData.CreateOperatorAsync(admin, RiskGradingTestData.NewOperator(TestData.TaishanTown));

        var distribution = await admin.GetStringAsync("/riskgrading", Ct);
        distribution.ShouldContain("风险分级");
        distribution.ShouldContain("台山市");
        var tab = await admin.GetStringAsync($"/operators/{id}?tab=riskgrading", Ct);
        tab.ShouldContain("评分明细");
        tab.ShouldContain("经营业态：餐饮服务");
        tab.ShouldContain("静态风险因素量化分值表");
        (await admin.GetStringAsync($"/riskgrading/operators/{id}", Ct)).ShouldContain("等级变更记录");
    }
}
