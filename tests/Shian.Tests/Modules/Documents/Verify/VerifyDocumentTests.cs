using System.Net;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Documents.Verify;

[Collection(AppCollection.Name)]
public sealed class VerifyDocumentTests(ShianAppFactory app)
{
    [Fact]
    public async Task Qr_code_on_the_pdf_decodes_to_a_public_page_that_confirms_the_document()
    {
        var (info, pdf) = await app.IssueAsync(DocumentsFixture.Licence("QR-" + Guid.NewGuid().ToString("N")[..10], DateTimeOffset.UtcNow.AddYears(5)));

        var codes = await ExternalTools.PdfQrCodesAsync(pdf);
        var url = codes.ShouldHaveSingleItem();
        url.ShouldEndWith(DocumentsApiPaths.VerifyPage(info.VerificationCode));
        using var anonymous = app.AnonymousClient();
        var page = await anonymous.GetStringAsync(new Uri(url).PathAndQuery);

        page.ShouldContain("有效");
        page.ShouldContain(info.Number);
        page.ShouldContain(info.Sha256);
    }

    [Fact]
    public async Task Expired_document_is_shown_as_expired_and_unknown_code_is_not_found()
    {
        var (info, _) = await app.IssueAsync(DocumentsFixture.Licence("EXP-" + Guid.NewGuid().ToString("N")[..10], DateTimeOffset.UtcNow.AddDays(1)));
        using var anonymous = app.AnonymousClient();
        using (app.Clock.Travel(TimeSpan.FromDays(2)))
        {
            (await anonymous.GetStringAsync(DocumentsApiPaths.VerifyPage(info.VerificationCode))).ShouldContain("已过期");
        }

        (await anonymous.GetAsync(DocumentsApiPaths.VerifyPage("NOSUCHCODE"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var api = await anonymous.GetAsync(DocumentsApiPaths.Verify("NOSUCHCODE"));
        await api.ShouldBeProblemAsync(HttpStatusCode.NotFound, "documents.not_found");
    }
}
