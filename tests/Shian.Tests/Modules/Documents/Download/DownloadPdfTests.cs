using System.Net;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Documents.Download;

[Collection(AppCollection.Name)]
public sealed class DownloadPdfTests(ShianAppFactory app)
{
    [Fact]
    public async Task Pdf_download_is_scoped_to_the_documents_jurisdiction()
    {
        var (info, _) = await app.IssueAsync(DocumentsFixture.Licence("SCOPE-" + Guid.NewGuid().ToString("N")[..8]));
        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);
        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);

        var own = await taishan.GetAsync(DocumentsApiPaths.Pdf(info.Id));
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        own.Content.Headers.ContentType?.MediaType.ShouldBe("application/pdf");
        (await xinhui.GetAsync(DocumentsApiPaths.Pdf(info.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>Downloads were named &lt;guid&gt;.pdf; a person saves a licence as the paper one is known.</summary>
    [Fact]
    public async Task A_downloaded_pdf_is_named_after_the_documents_title_and_number()
    {
        var number = "JY1440781" + Random.Shared.Next(1_000_000, 9_999_999);
        var (info, _) = await app.IssueAsync(DocumentsFixture.Licence(number));
        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);

        var response = await taishan.GetAsync(DocumentsApiPaths.Pdf(info.Id));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"食品经营许可证-{number}.pdf");
    }
}
