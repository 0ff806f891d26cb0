namespace Shian.Shared.Web;

/// <summary>File names for downloads: what a person would call the file, with nothing a file system refuses.</summary>
public static class FileNames
{
    /// <summary>Keeps letters (Chinese included), digits, '-', '_' and '.'; everything else becomes '_'.</summary>
    public static string Safe(string name) =>
        new([.. name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]);
}
