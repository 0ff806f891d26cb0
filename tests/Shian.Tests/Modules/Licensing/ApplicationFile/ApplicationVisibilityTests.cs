using System.Net;
using System.Text.Json;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Licensing.LicensingTestData;

namespace Shian.Tests.Modules.Licensing.ApplicationFile;

/// <summary>Who may see an application, its materials and licences.</summary>
[Collection(AppCollection.Name)]
public sealed class ApplicationVisibilityTests(ShianAppFactory app) : LicensingWorkbenchTestBase(app)
{
    [Fact]
    public async Task Enterprise_user_cannot_see_another_operators_application_materials_or_licences()
    {
        var (admin, own) = await OperatorAsync();
        var other = await TestData.CreateOperatorAsync(admin);
        var otherBody = Application(other);
        var otherApplication = await (await ApplyAsync(admin, otherBody)).ReadJsonAsync();
        var otherId = otherApplication.GetProperty("id").GetGuid();
        var otherFile = ((Dictionary<string, Guid>)otherBody["materialFiles"]!)["application_form"];
        using var enterprise = await EnterpriseAsync(own);

        await (await enterprise.GetAsync(LicensingApiPaths.ApplicationDetails(otherId), Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.application_not_found");
        await (await enterprise.GetAsync(LicensingApiPaths.MaterialFile(otherFile), Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.material_not_found");
        (await (await enterprise.GetAsync(LicensingApiPaths.OperatorLicences(other), Ct)).ReadJsonAsync()).GetArrayLength().ShouldBe(0);
        (await (await enterprise.GetAsync(LicensingApiPaths.OperatorApplications(other), Ct)).ReadJsonAsync()).GetArrayLength().ShouldBe(0);
        await (await UploadAsync(enterprise, "application_form", other, Pdf(), "a.pdf")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "licensing.not_your_operator");
        (await enterprise.GetAsync($"/licensing/applications/{otherId}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await enterprise.GetAsync(LicensingApiPaths.Review, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Its own: uploads without naming the operator, applies, and sees the decision with every rule.
        var mine = await (await ApplyAsync(enterprise, Application(null))).ReadJsonAsync();
        var details = await (await enterprise.GetAsync(LicensingApiPaths.ApplicationDetails(mine.GetProperty("id").GetGuid()), Ct)).ReadJsonAsync();
        details.GetProperty("rules").GetArrayLength().ShouldBe(7);
        details.GetProperty("checklist").EnumerateArray().ShouldAllBe(c => c.GetProperty("file").ValueKind == JsonValueKind.Object);
        var page = await enterprise.GetPageAsync("/licensing/my");
        page.ShouldContain(mine.GetProperty("licenceNumber").GetString()!);
    }
}
