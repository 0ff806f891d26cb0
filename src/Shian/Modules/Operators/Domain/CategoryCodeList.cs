namespace Shian.Modules.Operators.Domain;

/// <summary>The ";a;b;" column format of category codes: delimiters on both ends make "contains ;a;" exact.</summary>
internal static class CategoryCodeList
{
    public static string Format(IEnumerable<string> codes)
    {
        var distinct = codes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        return distinct.Count == 0 ? "" : ";" + string.Join(';', distinct) + ";";
    }

    /// <summary>What a column that holds <paramref name="code"/> contains: ";code;".</summary>
    public static string Marker(string code) => ";" + code.Trim() + ";";

    public static IReadOnlyList<string> Parse(string column) => column.Split(';', StringSplitOptions.RemoveEmptyEntries);
}
