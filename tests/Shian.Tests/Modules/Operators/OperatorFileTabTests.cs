using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Operators.Contracts;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Operators;

[Collection(AppCollection.Name)]
public sealed class OperatorFileTabTests(ShianAppFactory app)
{
    [Fact]
    public async Task A_module_registered_tab_appears_on_the_file_and_renders_for_that_operator()
    {
        await using var withTab = app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton(new OperatorFileTab("licences", "许可信息", "Licences", 10, typeof(ProbeTab)))));
        using var setup = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var id = await TestData.CreateOperatorAsync(setup);
        using var client = withTab.CreateClient();
        await client.PostAsync("/api/v1/account/login", System.Net.Http.Json.JsonContent.Create(new { userName = TestUsers.TaishanInspector, password = ShianAppFactory.Password }));

        var overview = await client.GetStringAsync($"/operators/{id}");
        var tab = await client.GetStringAsync($"/operators/{id}?tab=licences");

        overview.ShouldContain($"href=\"/operators/{id}?tab=licences\"");
        overview.ShouldContain("许可信息");
        tab.ShouldContain($"probe-tab:{id}");
    }

    /// <summary>Stands for a module's tab component: renders the operator id it was given.</summary>
    public sealed class ProbeTab : ComponentBase
    {
        [Parameter]
        public Guid OperatorId { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder) =>
            builder.AddMarkupContent(0, $"<p>probe-tab:{OperatorId}</p>");
    }
}
