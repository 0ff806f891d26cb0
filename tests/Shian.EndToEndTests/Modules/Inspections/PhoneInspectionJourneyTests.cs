using System.Buffers.Binary;
using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shian.EndToEndTests.Infrastructure;
using Shian.Modules.Catering.Domain;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Persistence;

namespace Shian.EndToEndTests.Modules.Inspections;

/// <summary>
/// The inspector's day on a phone: sign in, start an inspection from the operator's file, record every item one
/// per row with a photo taken through the camera input, sign off, and see the operator's grades change.
/// </summary>
public sealed class PhoneInspectionJourneyTests(E2EFixture app) : PhoneBrowserTest(app)
{
    /// <summary>Sign-off renders two PDFs and re-grades in one request; generous on a shared 2-core machine.</summary>
    private const float SlowStepMs = 120_000;

    private const string Controls =
        "header a, header button, main button, main a.button, main input:not([type=hidden]):not([type=checkbox]):not([type=radio]), " +
        "main select, main textarea, main label.check, main label.insp-choice";

    [Fact]
    public async Task Inspector_completes_a_catering_inspection_with_a_photo_on_a_phone_and_sees_the_grades_change()
    {
        Page.SetDefaultNavigationTimeout(SlowStepMs);
        var (operatorId, name) = await UninspectedXinhuiCateringOperatorAsync();
        await LogInAsync("insp.xinhui");

        // Before: no catering grade, and no inspection behind the risk grade.
        await GoToAsync($"/operators/{operatorId}?tab=catering");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.Locator("main")).ToContainTextAsync("尚无餐饮服务食品安全量化分级记录");
        await GoToAsync($"/operators/{operatorId}?tab=riskgrading");
        await Expect(Page.Locator("main")).Not.ToContainTextAsync("监督检查结果");

        // Start it from the file's 检查记录 tab, with the second 新会 inspector on the team.
        await Page.Locator("nav.tabs").GetByRole(AriaRole.Link, new() { Name = "检查记录" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "新建检查" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "新建检查", Level = 1 })).ToBeVisibleAsync();
        await CheckPhoneLayoutAsync("inspection-new-phone");
        await Page.Locator("label.check", new() { HasText = "insp.xinhui2" }).Locator("input").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "开始检查" }).ClickAsync();

        // One item per row: every item conforms except one general item, which gets a note and a photo.
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "现场检查", Level = 1 })).ToBeVisibleAsync();
        await CheckPhoneLayoutAsync("inspection-fill-phone");
        var items = Page.Locator("li.insp-item");
        var count = await items.CountAsync();
        count.ShouldBeGreaterThan(5);
        var failed = await Page.Locator("li.insp-item:not(.key)").Last.GetAttributeAsync("id");
        for (var i = 0; i < count; i++)
        {
            var item = items.Nth(i);
            var id = await item.GetAttributeAsync("id");
            if (id == failed)
            {
                await item.Locator("label.insp-choice", new() { HasText = "不符合" }).TapAsync();
                await item.GetByLabel("说明").FillAsync("垃圾桶未加盖");
                await item.Locator("input[type=file][capture=environment]").SetInputFilesAsync(
                    new FilePayload { Name = "evidence.png", MimeType = "image/png", Buffer = Png(32, 24) });
            }
            else
            {
                await item.Locator("label.insp-choice", new() { HasText = "符合" }).First.TapAsync();
            }

            await item.GetByRole(AriaRole.Button, new() { Name = "保存本项" }).TapAsync();
            await Expect(Page.Locator($"#{id} [role=status]")).ToHaveTextAsync("已保存。");
        }

        await Expect(Page.Locator(".insp-progress")).ToHaveTextAsync($"已填写 {count} / {count} 项");
        await Expect(Page.Locator($"#{failed} .insp-photos img")).ToHaveCountAsync(1);
        await CheckPhoneLayoutAsync("inspection-filled-phone");

        // Sign-off: the nonconformity needs measures and a deadline; the person on site acknowledges.
        await Page.GetByRole(AriaRole.Link, new() { Name = "填写完毕，去签署" }).TapAsync();
        await Expect(Page.Locator("#sign")).ToContainTextAsync("基本符合");
        await Page.GetByLabel("处理措施").FillAsync("责令当场整改，垃圾桶加盖");
        await Page.GetByLabel("整改期限（工作日）").FillAsync("5");
        await Page.GetByLabel("现场负责人签字（姓名）").FillAsync("陈志明");
        await CheckPhoneLayoutAsync("inspection-sign-phone");
        await Page.GetByRole(AriaRole.Button, new() { Name = "签署确认" }).TapAsync(new() { Timeout = SlowStepMs });
        await Expect(Page.Locator("p.alert.ok")).ToContainTextAsync("检查已签署", new() { Timeout = SlowStepMs });
        await Expect(Page.Locator(".insp-result")).ToContainTextAsync("基本符合");

        // After: the catering grade exists and the risk grade moved with the inspection.
        await GoToAsync($"/operators/{operatorId}?tab=catering");
        await Expect(Page.Locator("main [data-grade]")).ToHaveTextAsync("优秀（大笑）");
        await Expect(Page.Locator("main [data-annual]")).ToHaveTextAsync("未评级");
        await Expect(Page.Locator("main")).ToContainTextAsync("经营不足12个月");
        await CheckPhoneLayoutAsync("operator-catering-tab-phone");
        await Page.Locator("nav.tabs").GetByRole(AriaRole.Link, new() { Name = "风险等级" }).ClickAsync();
        await Expect(Page.Locator("main")).ToContainTextAsync("监督检查结果：基本符合");
        await Page.Locator("nav.tabs").GetByRole(AriaRole.Link, new() { Name = "检查记录" }).ClickAsync();
        await Expect(Page.Locator("main")).ToContainTextAsync("基本符合");
    }

    /// <summary>A 新会 catering operator with no catering grade yet (the demo inspections graded a dozen others).</summary>
    private async Task<(Guid Id, string Name)> UninspectedXinhuiCateringOperatorAsync()
    {
        await using var scope = App.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShianDbContext>();
        var graded = db.Set<CateringEstablishment>().IgnoreQueryFilters().Select(e => e.OperatorId);
        var taken = new[] { Demo.EnterpriseOperator.Id, Demo.XinhuiEdited.Id, Demo.XinhuiViewed.Id };
        var candidates = await db.Set<Operator>().IgnoreQueryFilters()
            .Where(o => o.JurisdictionCode.StartsWith(DemoFacts.XinhuiDistrict) && o.Status == OperatorStatus.Active
                && o.CategoryCodes.Contains("catering") && !o.CategoryCodes.Contains("production") && !graded.Contains(o.Id))
            .OrderBy(o => o.CreditCode)
            .Select(o => new { o.Id, o.Name })
            .ToListAsync();
        var pick = candidates.First(c => !taken.Contains(c.Id));
        return (pick.Id, pick.Name);
    }

    private Task CheckPhoneLayoutAsync(string name) => CheckPhoneLayoutAsync(name, Controls);

    /// <summary>A real PNG (RGB, a colour gradient) of the given size: signature, IHDR, zlib IDAT, IEND with CRCs.</summary>
    private static byte[] Png(int width, int height)
    {
        var raw = new byte[height * (1 + width * 3)];
        for (var y = 0; y < height; y++)
        {
            var row = y * (1 + width * 3);
            for (var x = 0; x < width; x++)
            {
                raw[row + 1 + x * 3] = (byte)(x * 255 / width);
                raw[row + 2 + x * 3] = (byte)(y * 255 / height);
                raw[row + 3 + x * 3] = 128;
            }
        }

        using var idat = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write(raw);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: RGB
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", idat.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
