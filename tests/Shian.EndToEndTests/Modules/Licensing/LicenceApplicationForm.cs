using Shian.Shared.Kernel.Identifiers;

namespace Shian.EndToEndTests.Modules.Licensing;

/// <summary>Fills the enterprise's licence application page for a pre-packaged food shop, as a person does.</summary>
internal static class LicenceApplicationForm
{
    private static readonly string[] Materials = ["食品经营许可申请书", "经营场所平面布局图和设备布局、操作流程说明", "食品安全管理制度", "食品安全管理人员及其相关材料"];

    public static async Task FillPrepackagedSalesAsync(IPage page, string townCode, string legalRepresentativeId)
    {
        await page.GetByLabel("主体业态").SelectOptionAsync(new SelectOptionValue { Label = "食品销售经营者" });
        await page.GetByLabel("预包装食品销售（不含冷藏冷冻食品）").CheckAsync();
        await page.GetByLabel("经营场所地址").FillAsync($"江门市测试路{Random.Shared.Next(1000, 9999)}号{Guid.NewGuid().ToString("N")[..4]}铺");
        await page.GetByLabel("所在镇（街道）").SelectOptionAsync(townCode);
        await page.GetByLabel("法定代表人（负责人）身份证号码").FillAsync(legalRepresentativeId);
        foreach (var material in Materials)
        {
            await page.GetByLabel(material, new() { Exact = true }).SetInputFilesAsync(new FilePayload
            {
                Name = material + ".pdf",
                MimeType = "application/pdf",
                Buffer = Pdf(),
            });
        }

        await Assertions.Expect(page.GetByLabel("选择告知承诺方式办理")).ToBeCheckedAsync();
    }

    public static string NewIdNumber()
    {
        var first17 = $"440705{new DateOnly(1970, 1, 1).AddDays(Random.Shared.Next(0, 12000)):yyyyMMdd}{Random.Shared.Next(0, 1000):D3}";
        return first17 + ResidentIdNumber.CheckCharacter(first17);
    }

    private static byte[] Pdf() => System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% {Guid.NewGuid():N}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
}
