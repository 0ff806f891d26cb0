using Shian.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddShianPlatform();

var app = builder.Build();
if (await CommandLine.TryRunAsync(app, args))
{
    return 0;
}

app.UseShianPlatform();
try
{
    await StartupTasks.RunAsync(app);
}
catch (StartupRefusedException refusal)
{
    // A configuration mistake, not a crash: one line for the operator and exit code 1, no stack trace.
    await Console.Error.WriteLineAsync(refusal.Message);
    return 1;
}

await app.RunAsync();
return 0;

/// <summary>Entry point; public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
