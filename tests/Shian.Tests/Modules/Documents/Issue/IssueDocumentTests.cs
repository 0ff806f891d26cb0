using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Documents.Issue;

[Collection(AppCollection.Name)]
public sealed class IssueDocumentTests(ShianAppFactory app)
{
    [Fact]
    public async Task Issued_pdf_carries_its_chinese_text_number_and_authority()
    {
        var number = "JY" + Random.Shared.NextInt64(10_000_000_000_000, 99_999_999_999_999);

        var (_, pdf) = await app.IssueAsync(DocumentsFixture.Licence(number));
        var text = await ExternalTools.PdfTextAsync(pdf);

        text.ShouldContain("食品经营许可证");
        text.ShouldContain(number);
        text.ShouldContain("台山市鸿运茶餐厅有限公司");
        text.ShouldContain("江门市市场监督管理局");
    }

    /// <summary>
    /// The 现场检查笔录 lost ℃ (the font's glyph was not used) and wrapped lines began with 。》，: symbols print, and
    /// no line starts with closing punctuation (Chinese line-breaking rules).
    /// </summary>
    [Fact]
    public async Task Symbols_print_and_no_line_starts_with_closing_punctuation()
    {
        var note = string.Concat(Enumerable.Repeat("冷藏柜温度12℃，超过规定的温度。", 6)) + "依据《食品安全法》。";
        var content = DocumentsFixture.Licence("T" + Random.Shared.Next(100_000, 999_999)) with
        {
            Paragraphs = [note, string.Concat(Enumerable.Repeat("检查发现问题若干，已当场责令整改，", 8)) + "完。"],
        };

        var (_, pdf) = await app.IssueAsync(content);
        var text = await ExternalTools.PdfTextAsync(pdf);

        text.ShouldContain("12℃");
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        lines.Where(l => "。，、；：？！》）」』”’".Contains(l[0])).ShouldBeEmpty();
    }
}
