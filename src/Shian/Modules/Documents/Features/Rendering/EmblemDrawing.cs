using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Shian.Modules.Documents.Contracts;

namespace Shian.Modules.Documents.Features.Rendering;

/// <summary>
/// Draws a <see cref="DocumentEmblem"/>: a face as vector strokes (laughing: open mouth; smiling: arc; neutral:
/// straight line), its mark in large type beside it and the caption below. Vector, so it prints sharp on a
/// door sticker of any size; the colours follow the usual green / blue / amber of grade signs.
/// </summary>
internal static class EmblemDrawing
{
    private const double Radius = 62;

    /// <summary>Draws the emblem from <paramref name="top"/>; returns the y below it.</summary>
    public static double Draw(XGraphics gfx, DocumentEmblem emblem, double left, double top, double width)
    {
        var options = new XPdfFontOptions(PdfFontEncoding.Unicode);
        var markFont = new XFont(CjkFontResolver.FaceName, 110, XFontStyleEx.Bold, options);
        var captionFont = new XFont(CjkFontResolver.FaceName, 22, XFontStyleEx.Bold, options);
        var colour = emblem.Face switch
        {
            DocumentFace.Laughing => XColor.FromArgb(0x1B, 0x7F, 0x3B),
            DocumentFace.Smiling => XColor.FromArgb(0x1F, 0x5F, 0xB0),
            DocumentFace.Neutral => XColor.FromArgb(0xC2, 0x7A, 0x00),
            _ => XColors.DimGray,
        };
        var pen = new XPen(colour, 6) { LineCap = XLineCap.Round };
        var brush = new XSolidBrush(colour);
        var centreX = left + (width / 2) - (emblem.Mark is null ? 0 : 80);
        var centreY = top + Radius + 4;

        if (emblem.Face != DocumentFace.None)
        {
            gfx.DrawEllipse(pen, centreX - Radius, centreY - Radius, 2 * Radius, 2 * Radius);
            gfx.DrawEllipse(brush, centreX - 26, centreY - 26, 12, 14);
            gfx.DrawEllipse(brush, centreX + 14, centreY - 26, 12, 14);
            switch (emblem.Face)
            {
                case DocumentFace.Laughing:
                    gfx.DrawPie(pen, brush, centreX - 32, centreY - 14, 64, 56, 0, 180);
                    break;
                case DocumentFace.Smiling:
                    gfx.DrawArc(pen, centreX - 32, centreY - 22, 64, 52, 25, 130);
                    break;
                default:
                    gfx.DrawLine(pen, centreX - 28, centreY + 24, centreX + 28, centreY + 24);
                    break;
            }
        }

        if (emblem.Mark is { } mark)
        {
            gfx.DrawString(mark, markFont, brush, new XRect(centreX + Radius + 30, top, 150, (2 * Radius) + 8), XStringFormats.CenterLeft);
        }

        var captionTop = top + (2 * Radius) + 14;
        gfx.DrawString(emblem.Caption, captionFont, brush, new XRect(left, captionTop, width, 28), XStringFormats.TopCenter);
        return captionTop + 30;
    }
}
