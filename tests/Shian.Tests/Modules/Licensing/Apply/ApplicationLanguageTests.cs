using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Licensing.LicensingTestData;

namespace Shian.Tests.Modules.Licensing.Apply;

/// <summary>A failed licence application reads in the reader's language: the API's problem and field errors, and the apply page.</summary>
[Collection(AppCollection.Name)]
public sealed partial class ApplicationLanguageTests(ShianAppFactory app)
{
    private const string English = ".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US";
    private const string UnknownTown = "449999999";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(true, "The town (street) code of the premises does not exist.", "Enter the premises address")]
    [InlineData(false, "经营场所所在镇（街道）代码不存在。", "请填写经营场所地址")]
    public async Task A_refused_application_explains_itself_in_the_ui_language(bool english, string unknownTown, string addressRequired)
    {
        using var admin = await ClientAsync(english);
        var operatorId = await TestData.CreateOperatorAsync(admin);

        var town = Application(operatorId, UnknownTown);
        var refused = await (await admin.PostAsJsonAsync(LicensingApiPaths.Applications, town, TestData.Json, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "licensing.unknown_town");
        refused.GetProperty("detail").GetString().ShouldBe(unknownTown);
        refused.GetProperty("errors").GetProperty("premisesTownCode")[0].GetString().ShouldBe(unknownTown);

        var address = Application(operatorId);
        address["premisesAddress"] = "";
        var invalid = await (await admin.PostAsJsonAsync(LicensingApiPaths.Applications, address, TestData.Json, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
        invalid.GetProperty("errors").GetProperty("premisesAddress")[0].GetString().ShouldBe(addressRequired);
        Chinese().IsMatch(invalid.GetProperty("detail").GetString()!).ShouldBe(!english);
    }

    [Theory]
    [InlineData(true, "Enter the premises address", "The town (street) code of the premises does not exist.")]
    [InlineData(false, "请填写经营场所地址", "经营场所所在镇（街道）代码不存在。")]
    public async Task The_apply_page_shows_its_errors_in_the_ui_language(bool english, string addressRequired, string unknownTown)
    {
        using var admin = await ClientAsync(english);
        var operatorId = await TestData.CreateOperatorAsync(admin);
        var url = $"/licensing/apply?operator={operatorId}";

        var page = await admin.GetPageAsync(url);
        var noAddress = await (await admin.PostAsync(url, Form(page, address: "", TestData.TaishanTown), Ct)).ReadPageAsync();
        noAddress.ShouldContain(addressRequired);

        var badTown = await (await admin.PostAsync(url, Form(noAddress, address: "江门市台山市台城街道语言测试路1号", UnknownTown), Ct)).ReadPageAsync();
        badTown.ShouldContain(unknownTown);
    }

    private async Task<HttpClient> ClientAsync(bool english)
    {
        var client = await app.ClientAsAsync(TestUsers.Admin);
        if (english)
        {
            client.DefaultRequestHeaders.Add("Cookie", English);
        }

        return client;
    }

    private static FormUrlEncodedContent Form(string page, string address, string town) => new(
    [
        new("__RequestVerificationToken", Token().Match(page).Groups[1].Value),
        new("_handler", "apply"),
        new("Input.IdempotencyKey", Guid.NewGuid().ToString("N")),
        new("Input.BusinessType", "1"),
        new("item", "1:prepackaged"),
        new("Input.PremisesAddress", address),
        new("Input.PremisesTownCode", town),
        new("Input.LegalRepresentativeIdNumber", NewIdNumber()),
        new("Input.Commitment", "true"),
    ]);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
