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
}
