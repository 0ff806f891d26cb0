using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shian.Modules.Licensing.Domain;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Licensing.LicensingTestData;

namespace Shian.Tests.Modules.Licensing.Materials;

/// <summary>Materials upload and what the uploaded files decide.</summary>
[Collection(AppCollection.Name)]
public sealed class MaterialsTests(ShianAppFactory app) : LicensingWorkbenchTestBase(app)
{
    [Fact]
    public async Task Materials_upload_accepts_pdf_jpeg_and_png_and_refuses_bad_files_with_a_clear_4xx_losing_nothing()
    {
        var (admin, operatorId) = await OperatorAsync();
        var pdf = Pdf();

        var pdfId = await UploadIdAsync(admin, "application_form", operatorId, pdf);
        var jpegId = await UploadIdAsync(admin, "premises_layout", operatorId, Jpeg());
        var pngId = await UploadIdAsync(admin, "safety_system", operatorId, Png());

        await (await UploadAsync(admin, "safety_manager", operatorId, "GIF89a\u0001\u0000"u8.ToArray(), "x.gif"))
            .ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "files.type_not_allowed");
        await (await UploadAsync(admin, "safety_manager", operatorId, "MZ\u0090\u0000"u8.ToArray(), "manager.pdf"))
            .ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "files.type_not_allowed");
        await (await UploadAsync(admin, "safety_manager", operatorId, pdf[..^8], "cut.pdf"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "files.malformed");
        await (await UploadAsync(admin, "safety_manager", operatorId, [], "empty.pdf"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "files.empty");
        var huge = new byte[(20 * 1024 * 1024) + 1];
        "%PDF-1.4\n"u8.CopyTo(huge);
        await (await UploadAsync(admin, "safety_manager", operatorId, huge, "huge.pdf"))
            .ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "files.too_large");
        await (await UploadAsync(admin, "safety_manager", operatorId, null, "none.pdf"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "licensing.material_file_required");
        await (await UploadAsync(admin, "no_such_material", operatorId, Pdf(), "x.pdf"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "licensing.unknown_material");
        await (await admin.PostAsJsonAsync(LicensingApiPaths.Materials, new { material = "safety_manager" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "licensing.material_file_required");
        using var broken = new StringContent("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF", System.Text.Encoding.ASCII);
        broken.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
        var malformed = await admin.PostAsync(LicensingApiPaths.Materials, broken, Ct);
        ((int)malformed.StatusCode).ShouldBeInRange(400, 499, await malformed.Content.ReadAsStringAsync(Ct));

        // The refusals lost nothing: the files accepted before still make a complete application.
        var managerId = await UploadIdAsync(admin, "safety_manager", operatorId);
        var body = Application(operatorId);
        body["materialFiles"] = new Dictionary<string, Guid>
        {
            ["application_form"] = pdfId,
            ["premises_layout"] = jpegId,
            ["safety_system"] = pngId,
            ["safety_manager"] = managerId,
        };
        (await (await ApplyAsync(admin, body)).ReadJsonAsync()).GetProperty("status").GetString().ShouldBe("Approved");

        var download = await admin.GetAsync(LicensingApiPaths.MaterialFile(pdfId), Ct);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await download.Content.ReadAsByteArrayAsync(Ct)).ShouldBe(pdf);
        using var xinhui = await App.ClientAsAsync(TestUsers.XinhuiInspector);
        await (await xinhui.GetAsync(LicensingApiPaths.MaterialFile(pdfId), Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.material_not_found");
        await (await UploadAsync(xinhui, "safety_manager", operatorId, Pdf(), "x.pdf")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.operator_not_found");
    }

    [Fact]
    public async Task Complete_materials_are_approved_while_missing_files_send_to_review_whatever_the_checklist_answers_say()
    {
        var (admin, operatorId) = await OperatorAsync();

        var complete = await (await ApplyAsync(admin, Application(operatorId))).ReadJsonAsync();
        complete.GetProperty("status").GetString().ShouldBe("Approved");
        FailedRule(complete, InstantApprovalRules.Materials).GetProperty("passed").GetBoolean().ShouldBeTrue();

        // Every checklist answer is "yes", but only two files came with it.
        var answersOnly = Application(operatorId);
        answersOnly["materialFiles"] = new Dictionary<string, Guid>
        {
            ["application_form"] = await UploadIdAsync(admin, "application_form", operatorId),
            ["safety_system"] = await UploadIdAsync(admin, "safety_system", operatorId),
        };
        var incomplete = await (await ApplyAsync(admin, answersOnly)).ReadJsonAsync();
        incomplete.GetProperty("status").GetString().ShouldBe("UnderReview");
        var rule = FailedRule(incomplete, InstantApprovalRules.Materials);
        rule.GetProperty("passed").GetBoolean().ShouldBeFalse();
        rule.GetProperty("explanation").GetString()!.ShouldContain("经营场所平面布局图");
        rule.GetProperty("explanation").GetString()!.ShouldContain("食品安全管理人员");
        rule.GetProperty("explanation").GetString()!.ShouldNotContain("食品安全管理制度");

        var details = await (await admin.GetAsync(LicensingApiPaths.ApplicationDetails(incomplete.GetProperty("id").GetGuid()), Ct)).ReadJsonAsync();
        var checklist = details.GetProperty("checklist").EnumerateArray().ToList();
        checklist.Count.ShouldBe(4);
        checklist.Count(c => c.GetProperty("file").ValueKind == JsonValueKind.Object).ShouldBe(2);

        // A file already taken by an application, or uploaded for another item, is refused.
        var reused = Application(operatorId);
        reused["materialFiles"] = new Dictionary<string, Guid> { ["application_form"] = ((Dictionary<string, Guid>)answersOnly["materialFiles"]!)["application_form"] };
        await (await ApplyAsync(admin, reused)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "licensing.material_not_found");
        var wrongKey = Application(operatorId);
        wrongKey["materialFiles"] = new Dictionary<string, Guid> { ["premises_layout"] = await UploadIdAsync(admin, "application_form", operatorId) };
        await (await ApplyAsync(admin, wrongKey)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "licensing.material_not_found");
        var otherOperator = await TestData.CreateOperatorAsync(admin);
        var foreign = Application(operatorId);
        foreign["materialFiles"] = new Dictionary<string, Guid> { ["application_form"] = await UploadIdAsync(admin, "application_form", otherOperator) };
        await (await ApplyAsync(admin, foreign)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "licensing.material_not_found");
    }
}
