using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Shared.Storage;

internal sealed class DatabaseFileStore(ShianDbContext db, TimeProvider time) : IFileStore
{
    public const string Empty = "files.empty";
    public const string TooLarge = "files.too_large";
    public const string TypeNotAllowed = "files.type_not_allowed";
    public const string Malformed = "files.malformed";

    public async Task<StoredFileRef> AddAsync(Stream content, UploadRules rules, CancellationToken ct)
    {
        var bytes = await ReadAtMostAsync(content, rules.MaxBytes, ct);
        if (bytes.Length == 0)
        {
            throw ShianException.WithStatus(400, Empty);
        }

        var kind = FileSignatures.Recognise(bytes);
        if (kind is not { } known || !rules.Allowed.Contains(known))
        {
            var allowed = string.Join("、", rules.Allowed.Select(k => k.ToString().ToUpperInvariant()));
            throw ShianException.WithStatus(415, TypeNotAllowed, allowed);
        }

        if (!FileSignatures.IsComplete(known, bytes))
        {
            throw ShianException.WithStatus(400, Malformed);
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var reference = new StoredFileRef(sha256, known, FileSignatures.ContentType(known), bytes.Length);
        var exists = db.ChangeTracker.Entries<StoredFile>().Any(e => e.Entity.Sha256 == sha256)
            || await db.Set<StoredFile>().AnyAsync(f => f.Sha256 == sha256, ct);
        if (!exists)
        {
            db.Add(new StoredFile
            {
                Sha256 = sha256,
                ContentType = reference.ContentType,
                Length = bytes.Length,
                Content = bytes,
                StoredAt = time.GetUtcNow(),
            });
        }

        return reference;
    }

    public async Task<(StoredFileRef File, byte[] Content)?> FindAsync(string sha256, CancellationToken ct)
    {
        var file = await db.Set<StoredFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Sha256 == sha256, ct);
        if (file is null || FileSignatures.Recognise(file.Content) is not { } kind)
        {
            return null;
        }

        return (new StoredFileRef(file.Sha256, kind, file.ContentType, file.Length), file.Content);
    }

    private static async Task<byte[]> ReadAtMostAsync(Stream content, long maxBytes, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw ShianException.WithStatus(413, TooLarge, maxBytes / (1024 * 1024));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
