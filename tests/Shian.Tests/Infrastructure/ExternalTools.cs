using System.Diagnostics;

namespace Shian.Tests.Infrastructure;

/// <summary>
/// Real tools instead of mocks: pdftotext/pdftoppm (poppler-utils) read our PDFs as a viewer would, zbarimg
/// (zbar-tools) decodes QR codes from the rendered page. scripts/test installs them on Debian.
/// </summary>
public static class ExternalTools
{
    public static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} exited {process.ExitCode}: {await error}");
        }

        return await output;
    }

    /// <summary>The text of a PDF, as pdftotext extracts it.</summary>
    public static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"shian-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            return await RunAsync("pdftotext", "-layout", path, "-");
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Renders the PDF's first page at 150 dpi and decodes every QR code on it.</summary>
    public static async Task<string[]> PdfQrCodesAsync(byte[] pdf)
    {
        var folder = Directory.CreateTempSubdirectory("shian-qr-").FullName;
        try
        {
            var path = Path.Combine(folder, "doc.pdf");
            await File.WriteAllBytesAsync(path, pdf);
            await RunAsync("pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", path, Path.Combine(folder, "page"));
            var image = Directory.GetFiles(folder, "page*.png").Single();
            var decoded = await RunAsync("zbarimg", "--quiet", "--raw", image);
            return decoded.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
