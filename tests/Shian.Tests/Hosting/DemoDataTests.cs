using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Inspections;
using Shian.Shared.Jobs;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Hosting;

/// <summary>
/// What a newcomer sees after <c>dotnet run</c>: the demo data set includes signed-off sample inspections, so the
/// public portal lists graded establishments, and a restart adds nothing.
/// </summary>
public sealed class DemoDataTests(DemoDataTests.WithDemoData app) : IClassFixture<DemoDataTests.WithDemoData>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_portal_lists_graded_establishments_from_the_demo_inspections()
    {
        using var anonymous = app.AnonymousClient();

        var page = await (await anonymous.GetAsync("/api/v1/portal/establishments?pageSize=100", Ct)).ReadJsonAsync();

        var establishments = page.GetProperty("establishments").EnumerateArray().ToList();
        establishments.Count.ShouldBeGreaterThanOrEqualTo(8, "a dozen catering operators in 新会 are inspected");
        establishments.ShouldAllBe(e => e.GetProperty("townCode").GetString()!.StartsWith("440705", StringComparison.Ordinal));
        var dynamic = establishments.Select(e => e.GetProperty("dynamicGrade").GetString()).ToHashSet();
        dynamic.ShouldContain("excellent");
        dynamic.ShouldContain("good");
        dynamic.ShouldContain("fair");
        dynamic.ShouldContain("rectifying");
        var annual = establishments.Select(e => e.GetProperty("annualGrade").GetString()).ToList();
        annual.ShouldContain("A");
        annual.ShouldContain(g => g == "B" || g == "C");
        annual.ShouldContain("not_rated", "operators first inspected under a year ago have no annual grade yet");
        establishments.ShouldAllBe(e => e.GetProperty("lastInspectionDate").ValueKind == JsonValueKind.String);

        // The inspections themselves are public too, through Inspections' own publication.
        var first = establishments[0];
        var inspections = await anonymous.GetStringAsync($"/api/v1/inspections/public/operators/{first.GetProperty("id").GetGuid()}", Ct);
        inspections.ShouldContain(first.GetProperty("businessName").GetString()!);
    }

    [Fact]
    public async Task The_sample_inspections_are_signed_with_documents_and_a_restart_adds_none()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var signed = await (await admin.GetAsync("/api/v1/inspections?status=Signed&page=1", Ct)).ReadJsonAsync();
        var total = signed.GetProperty("totalCount").GetInt32();
        total.ShouldBeInRange(24, 60);

        using (var scope = app.Services.CreateScope())
        {
            (await InspectionsModule.SeedDemoInspectionsAsync(scope.ServiceProvider, 1, Ct)).ShouldBe(0);
        }

        var again = await (await admin.GetAsync("/api/v1/inspections?status=Signed&page=1", Ct)).ReadJsonAsync();
        again.GetProperty("totalCount").GetInt32().ShouldBe(total);
        var drafts = await (await admin.GetAsync("/api/v1/inspections?status=Draft&page=1", Ct)).ReadJsonAsync();
        drafts.GetProperty("totalCount").GetInt32().ShouldBe(0);

        var id = signed.GetProperty("items")[0].GetProperty("id").GetGuid();
        using var pdf = await admin.GetAsync($"/api/v1/inspections/{id}/documents/result", Ct);
        pdf.EnsureSuccessStatusCode();
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
    }

    [Fact]
    public async Task The_nightly_catering_regrade_runs_over_the_demo_establishments_and_a_second_run_changes_nothing()
    {
        var runner = app.Services.GetRequiredService<JobRunner>();

        var first = await runner.RunNowAsync("catering.regrade", Ct);
        var second = await runner.RunNowAsync("catering.regrade", Ct);

        first.LastSucceeded.ShouldBe(true, first.LastSummary);
        second.LastSucceeded.ShouldBe(true, second.LastSummary);
        second.LastSummary.ShouldNotBeNull().ShouldContain(": 0 of ");
        second.LastSummary.ShouldNotContain(" of 0 ");
    }

    /// <summary>The app with the tiny demo data set switched on, as the end-to-end suite and <c>dotnet run</c> have it.</summary>
    public sealed class WithDemoData : ShianAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("DemoData:Enabled", "true");
            builder.UseSetting("DemoData:Scale", "tiny");
            builder.UseSetting("Security:AllowDemoSecrets", "true"); // demo accounts on purpose (the start-up guard refuses them otherwise)
        }
    }
}
