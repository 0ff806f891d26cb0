namespace Shian.Shared.Storage;

/// <summary>
/// One uploaded file's bytes, keyed by their SHA-256. Kept in the database (table <c>platform_stored_file</c>)
/// rather than on a node's disk so that web nodes stay stateless and a backup holds the evidence with the
/// records that cite it; records in modules keep only the hash. The hash is indexed but not the key: two
/// uploads of the same bytes at the same moment each store a row (harmless) instead of one failing the other.
/// </summary>
internal sealed class StoredFile
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Sha256 { get; init; }

    public required string ContentType { get; init; }

    public required long Length { get; init; }

    public required byte[] Content { get; init; }

    public required DateTimeOffset StoredAt { get; init; }
}
