using Shian.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddShianPlatform();

var app = builder.Build();
if (await CommandLine.TryRunAsync(app, args))
{
    return;
}

app.UseShianPlatform();
await StartupTasks.RunAsync(app);
await app.RunAsync();

/// <summary>Entry point; public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
