using System.Net;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Registration.RegistrationTestData;

namespace Shian.Tests.Modules.Registration.Submit;

/// <summary>A failed registration reads in the reader's language: English after the switch, Chinese by default.</summary>
[Collection(AppCollection.Name)]
public sealed class EnglishErrorsTests(ShianAppFactory app)
{
    private const string EnglishCookie = ".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US";

    [Fact]
    public async Task A_bad_public_registration_is_refused_in_english_after_the_switch_and_in_chinese_without_it()
    {
        var body = Application();
        body["name"] = "";
        body["phone"] = "12345";

        using var english = app.AnonymousClient();
        english.DefaultRequestHeaders.Add("Cookie", EnglishCookie);
        var refused = await (await SubmitPublicAsync(english, body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");

        refused.GetProperty("detail").GetString().ShouldBe("Some of the information is wrong; please correct the marked fields.");
        var errors = refused.GetProperty("errors");
        errors.GetProperty("name")[0].GetString().ShouldBe("Enter the name.");
        errors.GetProperty("phone")[0].GetString().ShouldBe("Enter an 11-digit mobile number or a landline number with its area code.");

        // The check character is checked once the fields themselves are well formed.
        var badId = Application();
        badId["legalRepresentativeIdNumber"] = "110105194912310021";
        (await (await SubmitPublicAsync(english, badId)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed"))
            .GetProperty("errors").GetProperty("legalRepresentativeIdNumber")[0].GetString()
            .ShouldBe("The ID number's check character is wrong; please check the number.");

        using var chinese = app.AnonymousClient();
        var chineseRefusal = await (await SubmitPublicAsync(chinese, body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");

        chineseRefusal.GetProperty("detail").GetString().ShouldBe("提交的信息有误，请按提示修改。");
        chineseRefusal.GetProperty("errors").GetProperty("name")[0].GetString().ShouldBe("请填写名称");
        chineseRefusal.GetProperty("errors").GetProperty("phone")[0].GetString().ShouldBe("请填写11位手机号码或带区号的固定电话");
        (await (await SubmitPublicAsync(chinese, badId)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed"))
            .GetProperty("errors").GetProperty("legalRepresentativeIdNumber")[0].GetString().ShouldBe("身份证号码校验位不正确，请核对");
    }

    [Fact]
    public async Task A_missing_idempotency_key_names_its_lengths_in_the_readers_language()
    {
        var body = Application();
        body["idempotencyKey"] = "short";

        using var english = app.AnonymousClient();
        english.DefaultRequestHeaders.Add("Cookie", EnglishCookie);
        var refused = await (await SubmitPublicAsync(english, body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "registration.idempotency_key_required");

        refused.GetProperty("detail").GetString()!.ShouldContain("16 to 100 characters");
        refused.GetProperty("errors").TryGetProperty("idempotencyKey", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task The_registration_page_in_english_shows_english_field_errors()
    {
        using var anonymous = app.AnonymousClient();
        (await anonymous.GetAsync("/culture?name=en-US&returnUrl=/registration/apply", TestContext.Current.CancellationToken))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var body = Application();

        var page = await (await anonymous.PostFormAsync("/registration/apply", "registration",
            ("Input.EntityType", "Enterprise"), ("Input.Name", ""), ("Input.LegalRepresentative", "陈大文"),
            ("Input.LegalRepresentativeIdNumber", (string)body["legalRepresentativeIdNumber"]!), ("Input.Phone", "12345"),
            ("Input.TownCode", TestData.TaishanTown), ("Input.Address", (string)body["address"]!),
            ("Input.BusinessScope", (string)body["businessScope"]!), ("Input.IdempotencyKey", (string)body["idempotencyKey"]!))).ReadPageAsync();

        page.ShouldContain("Enter the name.");
        page.ShouldContain("Enter an 11-digit mobile number or a landline number with its area code.");
        page.ShouldNotContain("请填写名称");
        page.ShouldContain((string)body["address"]!);
    }
}
