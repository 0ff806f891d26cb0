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
}
