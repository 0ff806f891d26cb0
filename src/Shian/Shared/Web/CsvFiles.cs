using CsvHelper;

namespace Shian.Shared.Web;

/// <summary>
/// The one way Shian writes CSV (CsvHelper): RFC 4180 quoting, CRLF, UTF-8 with a byte-order mark so that Excel
/// reads Chinese correctly, and formula-injection escaping as OWASP recommends: a text cell that starts with
/// <c>= + - @</c>, tab or CR gets a leading apostrophe (and quotes), so a spreadsheet shows it instead of running it.
/// Text with a leading or trailing space is quoted too, so no reader trims it away.
/// </summary>
public static class CsvFiles
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>The writer options every CSV download uses.</summary>
    public static CsvWriterOptions Options { get; } = new()
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        ShouldQuote = static (text, _, _, _) => text.Length > 0 && (text[0] == ' ' || text[^1] == ' '),
    };

    /// <summary>A writer onto <paramref name="body"/> (left open), for files streamed row by row.</summary>
    public static CsvWriter Writer(Stream body) => CsvWriter.Create(body, Options, leaveOpen: true);

    /// <summary>A whole file in memory: the header, then one record per row.</summary>
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        using var buffer = new MemoryStream();
        using (var writer = Writer(buffer))
        {
            writer.WriteHeader([.. header]);
            foreach (var row in rows)
            {
                writer.WriteRecord(row);
            }
        }

        return buffer.ToArray();
    }
}
