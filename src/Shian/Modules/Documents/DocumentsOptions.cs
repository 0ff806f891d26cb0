namespace Shian.Modules.Documents;

internal sealed class DocumentsOptions
{
    public const string SectionName = "Documents";

    /// <summary>CJK TrueType fonts to embed, first found wins (.ttc: the first face is used).</summary>
    public List<string> FontPaths { get; set; } =
    [
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
    ];

    /// <summary>The public address printed in QR codes, e.g. https://shian.jiangmen.gov.cn; empty: the request's own.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The issuing authority printed on documents; empty: the default in the resources (<c>documents.pdf.authority</c>).</summary>
    public string? Authority { get; set; }
}
