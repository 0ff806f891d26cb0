namespace Shian.Shared.Kernel;

public static class EnumerableExtensions
{
    /// <summary>Joins the non-empty parts with a separator; used for search columns and display lines.</summary>
    public static string JoinNonEmpty(this IEnumerable<string?> parts, string separator = " ") =>
        string.Join(separator, parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
