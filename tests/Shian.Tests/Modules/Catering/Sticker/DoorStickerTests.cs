using System.Net;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Catering.CateringTestData;

namespace Shian.Tests.Modules.Catering.Sticker;

[Collection(AppCollection.Name)]
public sealed class DoorStickerTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sticker_pdf_shows_name_face_grade_letter_and_date_and_its_qr_code_opens_the_public_record()
    {
        var (id, name) = await ExistingOperatorAsync(app);
        await CompleteInspectionAsync(app, id, 91m, Today.AddMonths(-13));
        await CompleteInspectionAsync(app, id, 94m);
        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);

        var response = await taishan.GetAsync(CateringApiPaths.Sticker(id), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var pdf = await response.Content.ReadAsByteArrayAsync(Ct);
        var text = await ExternalTools.PdfTextAsync(pdf);
        text.ShouldContain("餐饮服务食品安全等级公示");
        text.ShouldContain(name);
        text.ShouldContain("优秀（大笑）");
        text.ShouldContain("A级（优秀）");
        text.ShouldContain($"{Today.Year}年{Today.Month}月{Today.Day}日");

        var url = (await ExternalTools.PdfQrCodesAsync(pdf)).ShouldHaveSingleItem();
        url.ShouldEndWith($"/portal/establishments/{id}");
        using var anonymous = app.AnonymousClient();
        var page = await anonymous.GetAsync(new Uri(url).PathAndQuery, Ct);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync(Ct);
        html.ShouldContain(name);
        html.ShouldContain("优秀");

        // The sticker is issued once per grade and then served from the stored, verifiable copy.
        (await taishan.GetByteArrayAsync(CateringApiPaths.Sticker(id), Ct)).ShouldBe(pdf);
    }

    [Fact]
    public async Task An_operator_without_a_catering_grade_has_no_sticker()
    {
        var (id, _) = await ExistingOperatorAsync(app);
        using var admin = await app.ClientAsAsync(TestUsers.Admin);

        await (await admin.GetAsync(CateringApiPaths.Sticker(id), Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "catering.no_grade");
    }
}
