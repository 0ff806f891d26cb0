using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Inspections.InspectionsTestData;

namespace Shian.Tests.Modules.Inspections.Amend;

[Collection(AppCollection.Name)]
public sealed class AmendTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_signed_inspection_cannot_be_edited_and_is_corrected_by_a_linked_amendment()
    {
        var (inspector, operatorId, _, team) = await SetupAsync(app);
        var inspection = await StartAsync(inspector, Inspection(operatorId, team));
        var id = inspection.GetProperty("id").GetGuid();
        await FillAsync(inspector, inspection);
        var signed = await (await SignAsync(inspector, id, new { refusedToSign = true, refusalReason = "负责人拒绝签字，两名检查人员见证" })).ReadJsonAsync();
        signed.GetProperty("result").GetString().ShouldBe("Conforms");
        signed.GetProperty("score").GetDecimal().ShouldBe(100m);
        var item = Items(signed).First().GetProperty("id").GetGuid();

        await (await SaveItemAsync(inspector, id, item, "does_not_conform")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "inspections.signed_immutable");
        await (await SignAsync(inspector, id)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "inspections.signed_immutable");
        var upload = new ByteArrayContent(Png());
        upload.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        await (await inspector.PostAsync(InspectionsApiPaths.Photos(id, item), upload, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "inspections.signed_immutable");
        var form = await inspector.PostMultipartFormAsync($"/inspections/{id}", $"/inspections/{id}/sign/form", [("acknowledgedBy", "王五")]);
        Uri.UnescapeDataString(form.Headers.Location!.ToString()).ShouldContain("不能再修改");

        var amendment = await (await inspector.PostAsJsonAsync(InspectionsApiPaths.Amendments(id), new { reason = "检查日期笔误" }, TestData.Json, Ct)).ReadJsonAsync();
        amendment.GetProperty("status").GetString().ShouldBe("Draft");
        amendment.GetProperty("amendsInspectionId").GetGuid().ShouldBe(id);
        Items(amendment).First().GetProperty("outcome").GetString().ShouldBe("conforms");
        var original = await (await inspector.GetAsync(InspectionsApiPaths.Inspection(id), Ct)).ReadJsonAsync();
        original.GetProperty("amendments").EnumerateArray().ShouldHaveSingleItem().GetProperty("id").GetGuid().ShouldBe(amendment.GetProperty("id").GetGuid());
        original.GetProperty("status").GetString().ShouldBe("Signed");
        original.GetProperty("refusedToSign").GetBoolean().ShouldBeTrue();
    }
}
