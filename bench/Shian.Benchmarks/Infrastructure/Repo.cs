namespace Shian.Benchmarks.Infrastructure;

/// <summary>Where the repository, the app's build output and this harness are.</summary>
internal static class Repo
{
    /// <summary>The build configuration of this harness, taken from its output folder (…/bin/Release/net10.0/).</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name ?? "Release";

    public static bool IsRelease => Configuration == "Release";

    public static string Root { get; } = FindRoot();

    /// <summary>The app as built by the project reference, run from its own output folder like a deployment.</summary>
    public static string ShianDll => Path.Combine(Root, "src", "Shian", "bin", Configuration, "net10.0", "Shian.dll");

    public static string HarnessDll => typeof(Repo).Assembly.Location;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Shian.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Shian.slnx not found above " + AppContext.BaseDirectory);
    }
}
