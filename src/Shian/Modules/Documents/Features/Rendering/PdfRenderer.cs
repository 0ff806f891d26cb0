using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using Shian.Modules.Documents.Contracts;
using Shian.Shared.Kernel;

namespace Shian.Modules.Documents.Features.Rendering;

/// <summary>
/// Lays out an A4 official document: authority, title, number, labelled fields, paragraphs, and a QR code with
/// the verification link in the lower right. Chinese lines are wrapped by measured width, character by
/// character, since Chinese has no spaces to break at.
/// </summary>
internal sealed class PdfRenderer
{
    private const double Margin = 56;
    private static readonly Lock FontLock = new();

    /// <summary>Documents are official Chinese texts, whatever the reader's UI language.</summary>
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    private readonly string _authority;

    public PdfRenderer(DocumentsOptions options)
    {
        _authority = string.IsNullOrWhiteSpace(options.Authority) ? Text("documents.pdf.authority") : options.Authority;
        lock (FontLock)
        {
            // PDFsharp's font resolver is process-wide and may be set only once.
            GlobalFontSettings.FontResolver ??= CjkFontResolver.FromFirstInstalled(options.FontPaths);
        }
    }

    public byte[] Render(DocumentContent content, string verificationUrl, string qrUrl, DateTimeOffset issuedAt)
    {
        var options = new XPdfFontOptions(PdfFontEncoding.Unicode);
        var titleFont = new XFont(CjkFontResolver.FaceName, 20, XFontStyleEx.Bold, options);
        var bodyFont = new XFont(CjkFontResolver.FaceName, 11.5, XFontStyleEx.Regular, options);
        var labelFont = new XFont(CjkFontResolver.FaceName, 11.5, XFontStyleEx.Bold, options);
        var smallFont = new XFont(CjkFontResolver.FaceName, 9, XFontStyleEx.Regular, options);

        using var document = new PdfDocument();
        document.Info.Title = content.Title;
        document.Info.Author = _authority;
        document.Info.Subject = content.Number;
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        using var gfx = XGraphics.FromPdfPage(page);
        var width = page.Width.Point - (2 * Margin);
        var y = Margin;

        gfx.DrawString(_authority, bodyFont, XBrushes.Black, new XRect(Margin, y, width, 16), XStringFormats.TopCenter);
        y += 28;
        gfx.DrawString(content.Title, titleFont, XBrushes.Black, new XRect(Margin, y, width, 26), XStringFormats.TopCenter);
        y += 36;
        gfx.DrawString(Text("documents.pdf.number", content.Number), bodyFont, XBrushes.Black, new XRect(Margin, y, width, 16), XStringFormats.TopRight);
        y += 24;
        gfx.DrawLine(XPens.Black, Margin, y, Margin + width, y);
        y += 12;
        if (content.Emblem is { } emblem)
        {
            y = EmblemDrawing.Draw(gfx, emblem, Margin, y, width) + 12;
        }

        const double labelWidth = 130;
        foreach (var field in content.Fields)
        {
            gfx.DrawString(field.Label, labelFont, XBrushes.Black, new XRect(Margin, y, labelWidth, 16), XStringFormats.TopLeft);
            y = DrawWrapped(gfx, field.Value, bodyFont, Margin + labelWidth, y, width - labelWidth) + 6;
        }

        foreach (var paragraph in content.Paragraphs ?? [])
        {
            y = DrawWrapped(gfx, paragraph, bodyFont, Margin, y + 6, width) + 4;
        }

        const double qrSize = 110;
        var qrTop = page.Height.Point - Margin - qrSize - 16;
        DrawQr(gfx, qrUrl, Margin + width - qrSize, qrTop, qrSize);

        var qrCaption = Text(qrUrl == verificationUrl ? "documents.pdf.scan_to_verify" : "documents.pdf.scan_public_record");
        gfx.DrawString(qrCaption, smallFont, XBrushes.Black,
            new XRect(Margin + width - qrSize - 20, qrTop + qrSize + 2, qrSize + 20, 12), XStringFormats.TopCenter);
        gfx.DrawString(Text("documents.pdf.issued_on", _authority, issuedAt.ToOffset(ChinaTime.Offset)), bodyFont, XBrushes.Black,
            new XRect(Margin, qrTop + 40, width - qrSize - 10, 16), XStringFormats.TopLeft);
        if (content.ValidUntil is { } validUntil)
        {
            gfx.DrawString(Text("documents.pdf.valid_until", validUntil.ToOffset(ChinaTime.Offset)), bodyFont, XBrushes.Black,
                new XRect(Margin, qrTop + 60, width - qrSize - 10, 16), XStringFormats.TopLeft);
        }

        var links = qrUrl == verificationUrl ? verificationUrl : Text("documents.pdf.links", qrUrl, verificationUrl);
        DrawWrapped(gfx, links, smallFont, Margin, qrTop + qrSize + 2, width - qrSize - 30);

        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    private static string Text(string key, params object?[] args) =>
        string.Format(Chinese, Messages.Find(key, Chinese) ?? key, args);

    /// <summary>The QR code as vector squares: sharp at any print size, and no image decoder needed.</summary>
    private static void DrawQr(XGraphics gfx, string text, double x, double y, double size)
    {
        var modules = QrCodes.Matrix(text);
        var cell = size / modules.Count;
        for (var row = 0; row < modules.Count; row++)
        {
            for (var column = 0; column < modules.Count; column++)
            {
                if (modules[row][column])
                {
                    gfx.DrawRectangle(XBrushes.Black, x + (column * cell), y + (row * cell), cell + 0.05, cell + 0.05);
                }
            }
        }
    }

    /// <summary>Draws text wrapped to <paramref name="width"/>; returns the y below the last line.</summary>
    private static double DrawWrapped(XGraphics gfx, string text, XFont font, double x, double y, double width)
    {
        var lineHeight = font.Size * 1.45;
        foreach (var line in WrapLines(gfx, text, font, width))
        {
            gfx.DrawString(line, font, XBrushes.Black, new XRect(x, y, width, lineHeight), XStringFormats.TopLeft);
            y += lineHeight;
        }

        return y;
    }

    private static IEnumerable<string> WrapLines(XGraphics gfx, string text, XFont font, double width)
    {
        foreach (var paragraph in text.Split('\n'))
        {
            var start = 0;
            for (var end = 1; end <= paragraph.Length; end++)
            {
                if (gfx.MeasureString(paragraph[start..end], font).Width > width && end - 1 > start)
                {
                    var breakAt = LineBreaking.BreakBefore(paragraph, start, end - 1);
                    yield return paragraph[start..breakAt];
                    start = breakAt;
                }
            }

            yield return paragraph[start..];
        }
    }
}
