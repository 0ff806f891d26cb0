using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.Audit.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Modules;
using Shian.Shared.Web;

namespace Shian.Modules.Audit.Features.Publication;

internal static class PublishedLedgerEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/published", PublishedAsync)
            .WithName("Audit.Published")
            .WithSummary("The signed daily heads of the ledger, newest first (date, sequence range, head hash, Merkle root, key id, HMAC-SHA256 signature). Anyone; rate-limited.")
            .AnonymousByDesign("Certificate-Transparency-style publication of the ledger's daily heads: hashes only, no content").RequireRateLimiting(RateLimits.Anonymous)
            .Refuses(400, AuditErrors.InvalidPage, AuditErrors.InvalidPageSize);

        api.MapGet("/proof/{sequence}", ProofAsync)
            .WithName("Audit.InclusionProof")
            .WithSummary("The RFC 6962 inclusion proof of one ledger entry in its day's published Merkle root; check it with scripts/ledger_verify_inclusion.py. Anyone; rate-limited.")
            .AnonymousByDesign("anyone checks that a ledger entry is in a published daily root: hashes only, no content").RequireRateLimiting(RateLimits.Anonymous)
            .Refuses(400, AuditErrors.InvalidSequence)
            .Refuses(404, AuditErrors.NoSuchEntry, AuditErrors.EntryNotYetPublished);
    }

    private static async Task<Ok<PagedList<CheckpointSummary>>> PublishedAsync(
        InclusionProofs proofs, CancellationToken ct, int page = 1, int pageSize = 30) =>
        TypedResults.Ok(await proofs.PublishedAsync(page, pageSize, ct));

    private static async Task<Ok<InclusionProof>> ProofAsync(InclusionProofs proofs, long sequence, CancellationToken ct) =>
        TypedResults.Ok(await proofs.ProveAsync(sequence, ct));
}
