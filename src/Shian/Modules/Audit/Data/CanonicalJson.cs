using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Shian.Modules.Audit.Data;

internal static class CanonicalJson
{
    /// <summary>Compact, Chinese unescaped so that the ledger stays readable in a database console.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };
}
