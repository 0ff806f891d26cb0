using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Documents.Contracts;
using Shian.Shared.Persistence;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Documents;

[Collection(AppCollection.Name)]
public sealed class DocumentIssuerTests(ShianAppFactory app)
{
    private static DocumentContent Licence(string number, DateTimeOffset? validUntil = null) => new(
        "test.licence",
        number,
        "食品经营许可证",
        TestData.TaishanTown,
        null,
        [new DocumentField("经营者名称", "台山市鸿运茶餐厅有限公司"), new DocumentField("住所", "江门市台山市台城街道环市路88号")],
        ["本许可证依据《食品经营许可和备案管理办法》核发。"],
        validUntil);

    private async Task<(IssuedDocumentInfo Info, byte[] Pdf)> IssueAsync(DocumentContent content)
    {
        using var scope = app.Services.CreateScope();
        var issuer = scope.ServiceProvider.GetRequiredService<IDocumentIssuer>();
        var info = await issuer.IssueAsync(content, TestContext.Current.CancellationToken);
        await scope.ServiceProvider.GetRequiredService<ShianDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
        return (info, (await issuer.GetPdfAsync(info.Id, TestContext.Current.CancellationToken))!);
    }

    [Fact]
    public async Task Issued_pdf_carries_its_chinese_text_number_and_authority()
    {
        var number = "JY" + Random.Shared.NextInt64(10_000_000_000_000, 99_999_999_999_999);

        var (_, pdf) = await IssueAsync(Licence(number));
        var text = await ExternalTools.PdfTextAsync(pdf);

        text.ShouldContain("食品经营许可证");
        text.ShouldContain(number);
        text.ShouldContain("台山市鸿运茶餐厅有限公司");
        text.ShouldContain("江门市市场监督管理局");
    }

    [Fact]
    public async Task Qr_code_on_the_pdf_decodes_to_a_public_page_that_confirms_the_document()
    {
        var (info, pdf) = await IssueAsync(Licence("QR-" + Guid.NewGuid().ToString("N")[..10], DateTimeOffset.UtcNow.AddYears(5)));

        var codes = await ExternalTools.PdfQrCodesAsync(pdf);
        var url = codes.ShouldHaveSingleItem();
        url.ShouldEndWith($"/verify/document/{info.VerificationCode}");
        using var anonymous = app.AnonymousClient();
        var page = await anonymous.GetStringAsync(new Uri(url).PathAndQuery);

        page.ShouldContain("有效");
        page.ShouldContain(info.Number);
        page.ShouldContain(info.Sha256);
    }

    [Fact]
    public async Task Expired_document_is_shown_as_expired_and_unknown_code_is_not_found()
    {
        var (info, _) = await IssueAsync(Licence("EXP-" + Guid.NewGuid().ToString("N")[..10], DateTimeOffset.UtcNow.AddDays(-1)));
        using var anonymous = app.AnonymousClient();

        (await anonymous.GetStringAsync($"/verify/document/{info.VerificationCode}")).ShouldContain("已过期");
        (await anonymous.GetAsync("/verify/document/NOSUCHCODE")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var api = await anonymous.GetAsync("/api/v1/documents/verify/NOSUCHCODE");
        await api.ShouldBeProblemAsync(HttpStatusCode.NotFound, "documents.not_found");
    }

    [Fact]
    public async Task Pdf_download_is_scoped_to_the_documents_jurisdiction()
    {
        var (info, _) = await IssueAsync(Licence("SCOPE-" + Guid.NewGuid().ToString("N")[..8]));
        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);
        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);

        var own = await taishan.GetAsync($"/api/v1/documents/{info.Id}/pdf");
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        own.Content.Headers.ContentType?.MediaType.ShouldBe("application/pdf");
        (await xinhui.GetAsync($"/api/v1/documents/{info.Id}/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
