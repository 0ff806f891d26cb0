using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Inspections.InspectionsTestData;

namespace Shian.Tests.Modules.Inspections.Photos;

[Collection(AppCollection.Name)]
public sealed class PhotosTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Photos_real_images_are_kept_by_hash_and_served_only_to_staff_in_scope()
    {
        var (inspector, operatorId, _, team) = await SetupAsync(app);
        var inspection = await StartAsync(inspector, Inspection(operatorId, team));
        var id = inspection.GetProperty("id").GetGuid();
        var item = Items(inspection).First().GetProperty("id").GetGuid();
        var png = Png(Guid.NewGuid().ToString());

        var uploaded = await UploadAsync(inspector, id, item, png, "image/png");

        uploaded.StatusCode.ShouldBe(HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync(Ct));
        var sha = (await uploaded.ReadJsonAsync()).GetProperty("sha256").GetString()!;
        sha.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(png)));
        var reloaded = await (await inspector.GetAsync(InspectionsApiPaths.Inspection(id), Ct)).ReadJsonAsync();
        Items(reloaded).First().GetProperty("photoSha256").EnumerateArray().Select(e => e.GetString()).ShouldBe([sha]);
        (await inspector.GetByteArrayAsync(InspectionsApiPaths.Photo(id, sha), Ct)).ShouldBe(png);

        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);
        (await xinhui.GetAsync(InspectionsApiPaths.Photo(id, sha), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var anonymous = app.AnonymousClient();
        (await anonymous.GetAsync(InspectionsApiPaths.Photo(id, sha), Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        await (await UploadAsync(inspector, id, item, "这不是图片"u8.ToArray(), "image/png"))
            .ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "files.type_not_allowed");
        var huge = new byte[(10 * 1024 * 1024) + 1];
        png.CopyTo(huge, 0);
        await (await UploadAsync(inspector, id, item, huge, "image/png")).ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "files.too_large");

        // The phone page's form: the same photo through multipart with the item's finding.
        var form = await inspector.PostMultipartFormAsync(
            $"/inspections/{id}/fill", $"/inspections/{id}/items/{item}/form", [("outcome", "conforms")], ("photo", Png("second"), "image/png"));
        form.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        form.Headers.Location!.ToString().ShouldNotContain("error=");
        var afterForm = await (await inspector.GetAsync(InspectionsApiPaths.Inspection(id), Ct)).ReadJsonAsync();
        Items(afterForm).First().GetProperty("photoSha256").GetArrayLength().ShouldBe(2);
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid id, Guid item, byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return client.PostAsync(InspectionsApiPaths.Photos(id, item), content);
    }
}
