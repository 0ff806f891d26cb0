using System.Globalization;
using CsvHelper;
using MiniExcelLibs;
using Shian.Shared.Kernel;

namespace Shian.Shared.Web;

/// <summary>One row of an uploaded sheet: its row number as the spreadsheet shows it (the header is row 1), and its cells by header.</summary>
public sealed record SpreadsheetRow(int RowNumber, IReadOnlyDictionary<string, string> Cells)
{
    /// <summary>The trimmed cell under <paramref name="header"/>, or "" when the column or the value is missing.</summary>
    public string this[string header] => Cells.TryGetValue(header, out var value) ? value : "";
}

/// <summary>
/// The one way Shian reads and writes spreadsheets (MiniExcel, streamed; CSV through CsvHelper, see <see cref="CsvFiles"/>).
/// Writing: an XLSX of a header and rows, every text value a plain text cell, never a formula: the XLSX form of
/// formula-injection escaping (a cell <c>=1+1</c> shows as that text and keeps its value, so a file read back
/// equals what was written). Reading: an uploaded XLSX (first sheet) or CSV into rows keyed by the header, each with
/// its row number, so an import can report "row 7: unknown town" row by row. Blank rows are skipped but counted.
/// </summary>
public static class Spreadsheets
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>An upload that is neither a readable XLSX nor CSV, or whose header is empty or repeated (400).</summary>
    public const string Unreadable = "request.unreadable_spreadsheet";
    public const string HeaderInvalid = "request.spreadsheet_header_invalid";

    /// <summary>Writes <paramref name="rows"/> under <paramref name="header"/> to <paramref name="body"/> as XLSX, enumerating them once.</summary>
    public static Task WriteXlsxAsync(
        Stream body, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows, string sheetName = "Sheet1", CancellationToken ct = default)
    {
        if (header.Distinct(StringComparer.Ordinal).Count() != header.Count)
        {
            throw new ArgumentException("Column names must be unique.", nameof(header));
        }

        return body.SaveAsAsync(ToRecords(header, rows), printHeader: true, sheetName: sheetName, excelType: ExcelType.XLSX, cancellationToken: ct);
    }

    /// <summary>Reads an uploaded XLSX (its first sheet) or CSV (UTF-8, BOM or not): row 1 is the header.</summary>
    public static IReadOnlyList<SpreadsheetRow> Read(Stream upload)
    {
        var input = upload.CanSeek ? upload : Buffered(upload);
        var start = input.Position;
        Span<byte> magic = stackalloc byte[2];
        var isZip = input.Read(magic) == 2 && magic[0] == (byte)'P' && magic[1] == (byte)'K';
        input.Position = start;
        try
        {
            return isZip ? ReadXlsx(input) : ReadCsv(input);
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or CsvFormatException or CsvValidationException or InvalidOperationException)
        {
            throw ShianException.WithStatus(400, Unreadable);
        }
    }

    private static IEnumerable<IDictionary<string, object?>> ToRecords(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        foreach (var row in rows)
        {
            var record = new Dictionary<string, object?>(header.Count, StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                record[header[i]] = i < row.Count ? row[i] : null;
            }

            yield return record;
        }
    }

    private static List<SpreadsheetRow> ReadXlsx(Stream input)
    {
        var rows = new List<SpreadsheetRow>();
        string[]? header = null;
        var number = 0;
        foreach (IDictionary<string, object?> cells in input.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            number++;
            var values = cells.Values.Select(Text).ToArray();
            if (header is null)
            {
                header = Header(values);
                continue;
            }

            Add(rows, header, number, values);
        }

        return rows;
    }

    private static List<SpreadsheetRow> ReadCsv(Stream input)
    {
        var rows = new List<SpreadsheetRow>();
        using var reader = CsvReader.Create(input, new CsvReaderOptions { HasHeader = false, Separator = ',', TrackLineNumbers = true }, leaveOpen: true);
        string[]? header = null;
        while (reader.Read())
        {
            var values = new string[reader.FieldCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.GetString(i).Trim();
            }

            if (header is null)
            {
                header = Header(values);
                continue;
            }

            Add(rows, header, (int)reader.LineNumber, values);
        }

        return rows;
    }

    private static string[] Header(string[] values)
    {
        var header = values.Reverse().SkipWhile(string.IsNullOrEmpty).Reverse().ToArray();
        if (header.Length == 0 || header.Any(string.IsNullOrEmpty) || header.Distinct(StringComparer.Ordinal).Count() != header.Length)
        {
            throw ShianException.WithStatus(400, HeaderInvalid);
        }

        return header;
    }

    private static void Add(List<SpreadsheetRow> rows, string[] header, int number, string[] values)
    {
        if (values.All(string.IsNullOrEmpty))
        {
            return;
        }

        var cells = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            cells[header[i]] = i < values.Length ? values[i] : "";
        }

        rows.Add(new SpreadsheetRow(number, cells));
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s.Trim(),
        DateTime d => d.TimeOfDay == TimeSpan.Zero
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() ?? "",
    };

    private static MemoryStream Buffered(Stream upload)
    {
        var copy = new MemoryStream();
        upload.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

}
