using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Shian.EndToEndTests.Crawl;

/// <summary>
/// What must not reach a person's eyes: resource keys and internal tokens in either language, English words in the
/// Chinese UI (outside a short allow-list of brands, units and codes) and the app's own Chinese texts in the English
/// UI (names and data stay as they are: only strings that are the app's Chinese resources count).
/// </summary>
public static partial class TextRules
{
    /// <summary>Latin words a Chinese page may show: the other language's name, brands, standards, units, file kinds.</summary>
    private static readonly HashSet<string> AllowedInChinese = new(StringComparer.Ordinal)
    {
        "English", "PDF", "CSV", "XLSX", "Excel", "QR", "API", "ID", "SC", "JY", "YB", "GB", "GS1", "HACCP", "GTIN",
        "EPCIS", "OpenAPI", "JSON", "Shian", "HMAC", "SHA", "ERP", "JPEG", "PNG", "RFC", "kg", "mg", "ml", "km", "MB", "KB", "LIVES", "FHRS",
    };

    private static readonly string[] InternalPhrases = ["local configuration", "from memory", "unverified"];

    /// <summary>The Chinese values of every resx of the app (not the .en ones), keyed by value.</summary>
    private static readonly Lazy<HashSet<string>> ChineseResources = new(ReadChineseResources);

    public static IEnumerable<string> Findings(IEnumerable<string> texts, bool english, IReadOnlySet<string> dataWords)
    {
        foreach (var text in texts.Distinct())
        {
            if (InternalToken().Match(text) is { Success: true } token)
            {
                yield return $"internal token \"{token.Value}\" in \"{Clip(text)}\"";
            }

            foreach (var phrase in InternalPhrases.Where(p => text.Contains(p, StringComparison.OrdinalIgnoreCase)))
            {
                yield return $"internal note \"{phrase}\" in \"{Clip(text)}\"";
            }

            if (!english)
            {
                foreach (var word in LatinWords(text).Where(w => !AllowedInChinese.Contains(w) && !dataWords.Contains(w)))
                {
                    yield return $"English \"{word}\" in the Chinese UI: \"{Clip(text)}\"";
                }
            }
            else
            {
                foreach (var run in ChineseRuns().Matches(text).Select(m => m.Value).Where(ChineseResources.Value.Contains))
                {
                    yield return $"Chinese resource text \"{run}\" in the English UI: \"{Clip(text)}\"";
                }
            }
        }
    }

    /// <summary>Latin words of a text, leaving out codes and data (anything with a digit, dot, @, slash or underscore).</summary>
    private static IEnumerable<string> LatinWords(string text) => Chunks().Matches(text)
        .Select(m => m.Value)
        .Where(c => !c.Any(ch => char.IsAsciiDigit(ch) || ch is '.' or '@' or '/' or '_' or ':' or '-'))
        .SelectMany(c => LatinWord().Matches(c).Select(m => m.Value))
        .Where(w => w.Length >= 2);

    private static string Clip(string text) => text.Length <= 80 ? text : text[..80] + "…";

    private static HashSet<string> ReadChineseResources()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Shian.slnx")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException("Shian.slnx not found above the test assembly: the crawler reads the app's resx files.");
        }

        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root.FullName, "src", "Shian"), "*.resx", SearchOption.AllDirectories)
                     .Where(f => !f.EndsWith(".en.resx", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal)))
        {
            foreach (var value in XDocument.Load(file).Root!.Elements("data").Select(d => d.Element("value")?.Value ?? ""))
            {
                // Whole resource texts only; a value with placeholders shows up in pieces, its longest run is enough.
                foreach (var run in ChineseRuns().Matches(value).Select(m => m.Value).Where(r => r.Length >= 2))
                {
                    values.Add(run);
                }
            }
        }

        return values;
    }

    /// <summary><c>Kind_99</c>, <c>Grade_suspended</c>, <c>grade_suspended</c>, <c>licensing.items</c>, <c>NavOperators</c>.</summary>
    [GeneratedRegex(@"\b(?:[A-Z][A-Za-z]*_[A-Za-z0-9_]+|[a-z]+_[a-z0-9_]+|(?:licensing|inspections|catering|riskgrading|registration|operators|credit|administration|audit|portal|randomchecks|documents|sampling|penalties|request|security|server|files|jobs|platform|ui)\.[a-z_]+(?:\.[a-z_]+)*|[A-Z][a-z]+(?:[A-Z][a-z]+)+)\b")]
    private static partial Regex InternalToken();

    [GeneratedRegex(@"[^\s\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}，。：；（）、“”《》！？·]+")]
    private static partial Regex Chunks();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]+")]
    private static partial Regex ChineseRuns();
}
