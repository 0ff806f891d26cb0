using System.Buffers.Binary;

namespace Shian.Modules.Documents.Features.Rendering;

/// <summary>
/// Extracts one face of a TrueType collection (.ttc) as a standalone .ttf. PDFsharp embeds only plain
/// TrueType fonts, and Debian's good CJK fonts with TrueType outlines (WenQuanYi Micro Hei) ship as .ttc.
/// The face's tables are copied and the table directory rewritten with new offsets.
/// </summary>
internal static class TrueTypeCollection
{
    public static byte[] ExtractFace(byte[] ttc, int faceIndex)
    {
        if (ttc.Length < 12 || BinaryPrimitives.ReadUInt32BigEndian(ttc) != 0x74746366) // 'ttcf'
        {
            return ttc; // already a plain font
        }

        var faceCount = BinaryPrimitives.ReadInt32BigEndian(ttc.AsSpan(8));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(faceIndex, faceCount);
        var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(ttc.AsSpan(12 + (4 * faceIndex)));
        var tableCount = BinaryPrimitives.ReadUInt16BigEndian(ttc.AsSpan(offset + 4));
        var headerLength = 12 + (16 * tableCount);

        var tables = Enumerable.Range(0, tableCount).Select(i =>
        {
            var record = ttc.AsSpan(offset + 12 + (16 * i), 16);
            return (Record: record.ToArray(),
                Offset: (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]),
                Length: (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }).ToList();

        var size = headerLength + tables.Sum(t => (t.Length + 3) & ~3);
        var font = new byte[size];
        ttc.AsSpan(offset, 12).CopyTo(font);
        var position = headerLength;
        for (var i = 0; i < tables.Count; i++)
        {
            var (record, tableOffset, length) = tables[i];
            BinaryPrimitives.WriteUInt32BigEndian(record.AsSpan(8), (uint)position);
            record.CopyTo(font.AsSpan(12 + (16 * i)));
            ttc.AsSpan(tableOffset, length).CopyTo(font.AsSpan(position));
            position += (length + 3) & ~3;
        }

        return font;
    }
}
