using System.Net;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Catering.CateringTestData;

namespace Shian.Tests.Modules.Portal.EstablishmentRecord;

/// <summary>One establishment's public record (API and the page a door sticker opens), as an anonymous visitor.</summary>
[Collection(AppCollection.Name)]
public sealed class EstablishmentRecordTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Establishment_detail_lists_its_inspections_and_an_unknown_id_is_404()
    {
        var (_, excellent, _, _, _) = await app.ArrangeEstablishmentsAsync();
        using var anonymous = app.AnonymousClient();

        var detail = await PortalFixture.GetJsonAsync(anonymous, PortalApiPaths.Establishment(excellent));
        var inspections = detail.GetProperty("inspections").EnumerateArray().ToList();
        inspections.Count.ShouldBe(2);
        inspections[0].GetProperty("score").GetDecimal().ShouldBe(95m);
        inspections[0].GetProperty("result").GetString().ShouldBe("符合");
        await (await anonymous.GetAsync(PortalApiPaths.Establishment(Guid.NewGuid()), Ct))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "portal.establishment_not_found");
    }

    [Fact]
    public async Task Public_page_and_api_show_the_grade_but_no_personal_data()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var body = TestData.Operator();
        var idNumber = TestData.NewIdNumber();
        body["legalRepresentative"] = "欧阳" + TestData.Token();
        body["legalRepresentativeIdNumber"] = idNumber;
        body["phone"] = "13912345678";
        var id = await TestData.CreateOperatorAsync(admin, body);
        await CompleteInspectionAsync(app, id, 88m, Today.AddDays(-1));
        using var anonymous = app.AnonymousClient();

        var page = await anonymous.GetAsync(PortalApiPaths.EstablishmentPage(id), Ct);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync(Ct);
        var api = await anonymous.GetStringAsync(PortalApiPaths.Establishment(id), Ct);
        var csv = await anonymous.GetStringAsync(PortalApiPaths.LivesBusinesses, Ct);

        html.ShouldContain((string)body["name"]!);
        html.ShouldContain("待评定");
        html.ShouldContain("公示日期");
        html.ShouldContain("国食药监食〔2012〕5号");
        html.ShouldContain(Iso(Today.AddDays(-1)));
        foreach (var text in new[] { html, api, csv })
        {
            text.ShouldNotContain((string)body["legalRepresentative"]!);
            text.ShouldNotContain(idNumber);
            text.ShouldNotContain(idNumber[^4..] + "\"");
            text.ShouldNotContain("13912345678");
            text.ShouldNotContain("****");
        }
    }
}
