using System.Text.RegularExpressions;

namespace Shian.Tests.Architecture;

/// <summary>The source files of the app, read once, with paths relative to the repository root ('/' separators).</summary>
internal static partial class SourceTree
{
    public static readonly string Root = FindRoot();

    private static readonly Lazy<IReadOnlyList<(string Path, string Text)>> Files = new(() =>
        [.. Directory.EnumerateFiles(Path.Combine(Root, "src", "Shian"), "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".cs", StringComparison.Ordinal) || p.EndsWith(".razor", StringComparison.Ordinal))
            .Select(p => (Path.GetRelativePath(Root, p).Replace('\\', '/'), File.ReadAllText(p)))
            .Where(f => !f.Item1.Contains("/Migrations/", StringComparison.Ordinal) && !f.Item1.Contains("/obj/", StringComparison.Ordinal) && !f.Item1.Contains("/bin/", StringComparison.Ordinal))]);

    public static IReadOnlyList<(string Path, string Text)> All => Files.Value;

    public static IEnumerable<(string Path, string Text)> CSharp => All.Where(f => f.Path.EndsWith(".cs", StringComparison.Ordinal));

    /// <summary>Line numbers (1-based) of the matches of <paramref name="pattern"/> in <paramref name="text"/>.</summary>
    public static IEnumerable<int> LinesOf(string text, Regex pattern) =>
        pattern.Matches(text).Select(m => text.AsSpan(0, m.Index).Count('\n') + 1);

    /// <summary>The text without // and /* */ comments and XML doc comments (strings are kept).</summary>
    public static string WithoutComments(string text) => CommentPattern().Replace(text, m => m.Value.StartsWith('"') || m.Value.StartsWith("@\"", StringComparison.Ordinal) || m.Value.StartsWith("$\"", StringComparison.Ordinal) ? m.Value : new string('\n', m.Value.Count(c => c == '\n')));

    [GeneratedRegex("""(\$?@?"(?:[^"\\\n]|\\.)*")|//[^\n]*|/\*.*?\*/""", RegexOptions.Singleline)]
    private static partial Regex CommentPattern();

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
