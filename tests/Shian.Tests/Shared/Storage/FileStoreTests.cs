using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QRCoder;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Storage;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Shared.Storage;

/// <summary>Uploads are judged by their bytes: type by magic number, completeness by framing, size while reading.</summary>
[Collection(AppCollection.Name)]
public sealed class FileStoreTests(ShianAppFactory app)
{
    /// <summary>A real PNG (a QR code), different each call so that tests do not share stored rows.</summary>
    private static byte[] NewPng() => new PngByteQRCode(QRCodeGenerator.GenerateQrCode(Guid.NewGuid().ToString(), QRCodeGenerator.ECCLevel.L)).GetGraphic(4);

    private async Task<StoredFileRef> AddAsync(byte[] content, UploadRules? rules = null)
    {
        using var scope = app.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IFileStore>();
        var stored = await store.AddAsync(new MemoryStream(content), rules ?? UploadRules.Photo, TestContext.Current.CancellationToken);
        await scope.ServiceProvider.GetRequiredService<ShianDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
        return stored;
    }

    private async Task<ShianException> RefusedAsync(byte[] content, UploadRules? rules = null) =>
        await Should.ThrowAsync<ShianException>(() => AddAsync(content, rules));

    [Fact]
    public async Task A_photo_is_stored_once_under_its_hash_and_read_back_intact()
    {
        var png = NewPng();

        var first = await AddAsync(png);
        var second = await AddAsync(png);

        first.ShouldBe(second);
        first.ContentType.ShouldBe("image/png");
        first.Sha256.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(png)));
        using var scope = app.Services.CreateScope();
        var found = await scope.ServiceProvider.GetRequiredService<IFileStore>().FindAsync(first.Sha256, TestContext.Current.CancellationToken);
        found!.Value.Content.ShouldBe(png);
        (await scope.ServiceProvider.GetRequiredService<ShianDbContext>().Set<StoredFile>()
            .CountAsync(f => f.Sha256 == first.Sha256, TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        (await RefusedAsync([])).Code.ShouldBe("files.empty");
    }

    [Fact]
    public async Task A_program_renamed_to_a_photo_is_refused_as_the_wrong_type()
    {
        var refused = await RefusedAsync([.. "MZ"u8, .. new byte[200]]);

        refused.Code.ShouldBe("files.type_not_allowed");
        refused.StatusCode.ShouldBe(415);
    }

    [Fact]
    public async Task A_pdf_is_refused_where_only_photos_are_accepted()
    {
        (await RefusedAsync([.. "%PDF-1.7\n"u8, .. "%%EOF\n"u8])).Code.ShouldBe("files.type_not_allowed");
    }

    [Fact]
    public async Task A_truncated_photo_is_refused_as_malformed()
    {
        var png = NewPng();

        (await RefusedAsync(png[..(png.Length / 2)])).Code.ShouldBe("files.malformed");
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_before_it_is_read_whole()
    {
        var refused = await RefusedAsync(NewPng(), new UploadRules(64, [FileKind.Png]));

        refused.Code.ShouldBe("files.too_large");
        refused.StatusCode.ShouldBe(413);
    }
}
