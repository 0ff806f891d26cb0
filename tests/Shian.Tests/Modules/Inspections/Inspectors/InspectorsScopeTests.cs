using System.Net;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Inspections.Inspectors;

/// <summary>
/// Issue 11, finding 6: <c>GET /api/v1/inspections/inspectors?town=…</c> listed the inspectors (id, user name,
/// display name) of any town, so a 台山 inspector read 新会 staff (200 with the list on the old code).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class InspectorsScopeTests(ShianAppFactory app)
{
    [Fact]
    public async Task An_inspector_cannot_list_the_staff_of_another_district()
    {
        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);

        var response = await taishan.GetAsync($"/api/v1/inspections/inspectors?town={TestData.XinhuiTown}", TestContext.Current.CancellationToken);

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        text.ShouldNotContain(TestUsers.XinhuiInspector);
        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "security.out_of_scope");
    }

    [Fact]
    public async Task An_inspector_lists_the_inspectors_of_a_town_in_scope()
    {
        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);
        (await taishan.GetStringAsync($"/api/v1/inspections/inspectors?town={TestData.TaishanTown}", TestContext.Current.CancellationToken))
            .ShouldContain(TestUsers.TaishanInspector);
    }
}
