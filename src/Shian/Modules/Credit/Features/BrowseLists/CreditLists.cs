using Microsoft.EntityFrameworkCore;
using Shian.Modules.Credit.Domain;
using Shian.Shared.Persistence;

namespace Shian.Modules.Credit.Features.BrowseLists;

/// <summary>Both credit lists, newest first (ID numbers masked); the page and the API both call this.</summary>
internal sealed class CreditLists(ShianDbContext db)
{
    public Task<List<BanView>> BansAsync(CancellationToken ct) =>
        db.Set<IndustryBan>().AsNoTracking().OrderByDescending(b => b.BannedFrom)
            .Select(b => new BanView(b.Id, b.PersonName, b.IdNumberMasked, b.Reason, b.Decision, b.BannedFrom, b.BannedUntil, b.LiftReason))
            .ToListAsync(ct);

    public Task<List<ListingView>> ListingsAsync(CancellationToken ct) =>
        db.Set<SeriousViolationListing>().AsNoTracking().OrderByDescending(l => l.ListedOn)
            .Select(l => new ListingView(l.Id, l.CreditCode, l.EntityName, l.Reason, l.Decision, l.ListedOn, l.RemovedOn, l.RemovalReason))
            .ToListAsync(ct);
}

internal sealed record BanView(
    Guid Id, string PersonName, string IdNumberMasked, string Reason, string Decision, DateOnly BannedFrom, DateOnly? BannedUntil, string? LiftReason);

internal sealed record ListingView(
    Guid Id, string CreditCode, string EntityName, string Reason, string Decision, DateOnly ListedOn, DateOnly? RemovedOn, string? RemovalReason);
