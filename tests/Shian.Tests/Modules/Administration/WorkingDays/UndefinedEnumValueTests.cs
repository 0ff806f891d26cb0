using System.Net;
using System.Text;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Administration.WorkingDays;

/// <summary>
/// Issue 11, finding 8: an enum value the enum does not define was stored (<c>kind: 99</c>, <c>0</c> or <c>-1</c>
/// → 204 on the old code, which accepted enum numbers). Enums bind from their names only, for every API body.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class UndefinedEnumValueTests(ShianAppFactory app)
{
    [Theory]
    [InlineData("99")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("\"99\"")]
    [InlineData("\"Weekend\"")]
    [InlineData("1.5")]
    public async Task A_calendar_day_of_an_undefined_kind_is_refused_and_nothing_is_stored(string kind)
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        using var body = new StringContent($$"""{"kind": {{kind}}, "name": "测试"}""", Encoding.UTF8, "application/json");

        var response = await admin.PutAsync(AdministrationApiPaths.CalendarDay("2027-03-05"), body, TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.malformed_body");
        (await admin.GetStringAsync(AdministrationApiPaths.CalendarYear(2027), TestContext.Current.CancellationToken)).ShouldNotContain("2027-03-05");
    }

    [Theory]
    [InlineData("99")]
    [InlineData("-1")]
    public async Task An_undefined_enum_in_the_query_is_refused(string status)
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);

        var response = await admin.GetAsync($"/api/v1/registration/applications?status={status}", TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
    }
}
