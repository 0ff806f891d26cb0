using Microsoft.AspNetCore.Hosting;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Hosting;

public sealed class ProductionGuardTests
{
    [Fact]
    public async Task Production_with_demo_data_switched_on_refuses_to_start_and_says_why()
    {
        await using var app = new ProductionWithDemoData();

        var failure = await Should.ThrowAsync<Exception>(async () => await app.InitializeAsync());

        var message = Flatten(failure);
        message.ShouldContain("refuses to start in Production");
        message.ShouldContain("DemoData:Enabled");
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " | " + Flatten(e.InnerException);

    private sealed class ProductionWithDemoData : ShianAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.UseSetting("DemoData:Enabled", "true");
        }
    }
}
