namespace Shian.Benchmarks.Scenarios;

/// <summary>
/// The startup baseline: a bare ASP.NET Core app (same WebApplication.CreateBuilder defaults, same GC mode,
/// started the same way with <c>dotnet &lt;dll&gt;</c>) that answers every path, /health/ready included,
/// with a constant. Run by the startup scenario as <c>dotnet Shian.Benchmarks.dll hello-server --urls …</c>.
/// </summary>
internal static class HelloServer
{
    public const string Scenario = "hello-server";

    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [.. args.Where(a => a != Scenario)],
            ContentRootPath = AppContext.BaseDirectory,
        });
        var app = builder.Build();
        app.MapGet("/health/ready", () => "Healthy");
        app.MapFallback(() => "hello");
        await app.RunAsync();
    }
}
