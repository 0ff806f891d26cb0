using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Shian.Shared.Security;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Licensing.LicensingTestData;

namespace Shian.Tests.Modules.Licensing.Apply;

/// <summary>The apply page as a browser without scripts posts it: one multipart form with the files.</summary>
[Collection(AppCollection.Name)]
public sealed partial class ApplyPageTests(ShianAppFactory app)
{
    private static readonly string[] MaterialKeys = ["application_form", "premises_layout", "safety_system", "safety_manager"];

    [Fact]
    public async Task Enterprise_user_applies_on_the_page_keeps_what_was_typed_on_errors_and_gets_the_licence()
    {
        var admin = await app.ClientAsAsync(TestUsers.Admin);
        var operatorId = await TestData.CreateOperatorAsync(admin);
        var userName = "t.ent." + Guid.NewGuid().ToString("N")[..8];
        using (var scope = app.Services.CreateScope())
        {
            await TestUsers.CreateEnterpriseUserAsync(scope.ServiceProvider.GetRequiredService<UserManager<ShianUser>>(), userName, operatorId);
        }

        using var enterprise = await app.ClientAsAsync(userName);
        var page = await enterprise.GetPageAsync("/licensing/apply");
        page.ShouldContain("预包装食品销售（不含冷藏冷冻食品）");
        var token = Token().Match(page).Groups[1].Value;
        var key = IdempotencyKey().Match(page).Groups[1].Value;
        key.Length.ShouldBe(32);
        var id = NewIdNumber();
        var address = "江门市台山市台城街道页面测试路" + TestData.Token() + "号";

        // No address yet, a wrong file for one item: both are pointed out, the rest is kept.
        using var first = Form(token, key, id, address: "", files: MaterialKeys.Select(k => (k, k == "safety_manager" ? "GIF89a"u8.ToArray() : Pdf())));
        var again = await (await enterprise.PostAsync("/licensing/apply", first, TestContext.Current.CancellationToken)).ReadPageAsync();
        again.ShouldContain("请填写经营场所地址");
        again.ShouldContain("不支持的文件类型");
        again.ShouldContain($"value=\"{id}\"");
        again.ShouldContain($"value=\"{key}\"");
        UploadedIds().Count(again).ShouldBe(3);

        // Second attempt: the address and only the missing file; the accepted files come back as hidden ids.
        using var second = Form(Token().Match(again).Groups[1].Value, key, id, address, [("safety_manager", Pdf())]);
        foreach (Match m in UploadedIds().Matches(again))
        {
            second.Add(new StringContent(m.Groups[2].Value), "uploaded_" + m.Groups[1].Value);
        }

        var response = await enterprise.PostAsync("/licensing/apply", second, TestContext.Current.CancellationToken);
        var result = await enterprise.FollowRedirectAsync(response);
        result.ShouldContain("已许可");
        result.ShouldContain("已准予许可");
        Regex.IsMatch(result, @"JY1440781\d{7}").ShouldBeTrue();
        result.ShouldContain("/api/v1/documents/");
        result.ShouldNotContain("未通过");
    }

    private static MultipartFormDataContent Form(string token, string key, string id, string address, IEnumerable<(string Key, byte[] Content)> files)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("apply"), "_handler" },
            { new StringContent(key), "Input.IdempotencyKey" },
            { new StringContent("1"), "Input.BusinessType" },
            { new StringContent("1:prepackaged"), "item" },
            { new StringContent(address), "Input.PremisesAddress" },
            { new StringContent(TestData.TaishanTown), "Input.PremisesTownCode" },
            { new StringContent(id), "Input.LegalRepresentativeIdNumber" },
            { new StringContent("true"), "Input.Commitment" },
        };
        foreach (var (material, content) in files)
        {
            form.Add(new ByteArrayContent(content), "file_" + material, material + ".pdf");
        }

        return form;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"Input.IdempotencyKey\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex IdempotencyKey();

    [GeneratedRegex("name=\"uploaded_([a-z_]+)\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex UploadedIds();
}
