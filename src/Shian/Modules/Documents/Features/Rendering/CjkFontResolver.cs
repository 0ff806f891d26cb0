using PdfSharp.Fonts;

namespace Shian.Modules.Documents.Features.Rendering;

/// <summary>
/// Gives PDFsharp one CJK font for every family: the first installed of <see cref="DocumentsOptions.FontPaths"/>
/// (Debian: fonts-wqy-microhei, or fonts-arphic-gbsn00lp). Bold is synthesised by PDFsharp.
/// </summary>
internal sealed class CjkFontResolver(byte[] fontBytes) : IFontResolver
{
    public const string FaceName = "ShianCjk";

    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(FaceName, isBold, isItalic);

    public byte[] GetFont(string faceName) => fontBytes;

    public static CjkFontResolver FromFirstInstalled(IEnumerable<string> paths)
    {
        var path = paths.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException(
            "No CJK TrueType font found for PDF documents. Install fonts-wqy-microhei (Debian) or set Documents:FontPaths.");
        return new CjkFontResolver(TrueTypeCollection.ExtractFace(File.ReadAllBytes(path), 0));
    }
}
