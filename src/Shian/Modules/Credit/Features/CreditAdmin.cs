using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Credit.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Credit.Features;

/// <summary>Maintains the ban list and the serious-violation list; the page and the API both call this.</summary>
internal sealed class CreditAdmin(ShianDbContext db, BlindIndex blindIndex, PersonalDataProtector protector)
{
    public Task<List<BanView>> BansAsync(CancellationToken ct) =>
        db.Set<IndustryBan>().AsNoTracking().OrderByDescending(b => b.BannedFrom)
            .Select(b => new BanView(b.Id, b.PersonName, b.IdNumberMasked, b.Reason, b.Decision, b.BannedFrom, b.BannedUntil, b.LiftReason))
            .ToListAsync(ct);

    public Task<List<ListingView>> ListingsAsync(CancellationToken ct) =>
        db.Set<SeriousViolationListing>().AsNoTracking().OrderByDescending(l => l.ListedOn)
            .Select(l => new ListingView(l.Id, l.CreditCode, l.EntityName, l.Reason, l.Decision, l.ListedOn, l.RemovedOn, l.RemovalReason))
            .ToListAsync(ct);

    public async Task<Guid> AddBanAsync(AddBanRequest request, CancellationToken ct)
    {
        var id = request.IdNumber!.Trim().ToUpperInvariant();
        if (request.BannedUntil is { } until && until <= request.BannedFrom)
        {
            throw new ShianException("credit.ban_period_invalid", "禁止期限的截止日期应晚于起始日期。", 400,
                new Dictionary<string, string[]> { [nameof(request.BannedUntil)] = ["截止日期应晚于起始日期"] });
        }

        var ban = new IndustryBan
        {
            PersonName = request.PersonName!.Trim(),
            IdNumberIndex = blindIndex.Of(id),
            IdNumberCipher = protector.Protect(id),
            IdNumberMasked = Mask.IdNumber(id),
            Reason = request.Reason!.Trim(),
            Decision = request.Decision!.Trim(),
            BannedFrom = request.BannedFrom!.Value,
            BannedUntil = request.BannedUntil,
        };
        db.Add(ban);
        await db.SaveChangesAsync(ct);
        return ban.Id;
    }

    public async Task LiftBanAsync(Guid id, DateOnly on, string reason, CancellationToken ct)
    {
        var ban = await db.Set<IndustryBan>().FirstOrDefaultAsync(b => b.Id == id, ct)
            ?? throw ShianException.NotFound("credit.not_found", "未找到该记录。");
        ban.BannedUntil = ban.BannedUntil is { } until && until < on ? until : on;
        ban.LiftReason = reason;
        await db.SaveChangesAsync(ct);
    }

    public async Task<Guid> AddListingAsync(AddListingRequest request, CancellationToken ct)
    {
        var listing = new SeriousViolationListing
        {
            CreditCode = request.CreditCode!.Trim().ToUpperInvariant(),
            EntityName = request.EntityName!.Trim(),
            Reason = request.Reason!.Trim(),
            Decision = request.Decision!.Trim(),
            ListedOn = request.ListedOn!.Value,
        };
        db.Add(listing);
        await db.SaveChangesAsync(ct);
        return listing.Id;
    }

    public async Task RemoveListingAsync(Guid id, DateOnly on, string reason, CancellationToken ct)
    {
        var listing = await db.Set<SeriousViolationListing>().FirstOrDefaultAsync(l => l.Id == id, ct)
            ?? throw ShianException.NotFound("credit.not_found", "未找到该记录。");
        listing.RemovedOn ??= on;
        listing.RemovalReason ??= reason;
        await db.SaveChangesAsync(ct);
    }
}

internal sealed class AddBanRequest
{
    [Required(ErrorMessage = "请填写姓名")]
    [StringLength(50, ErrorMessage = "姓名不能超过50个字符")]
    public string? PersonName { get; set; }

    [Required(ErrorMessage = "请填写身份证号码")]
    [RegularExpression(@"^\d{17}[\dXx]$", ErrorMessage = "身份证号码应为18位")]
    public string? IdNumber { get; set; }

    [Required(ErrorMessage = "请填写禁止原因")]
    [StringLength(500)]
    public string? Reason { get; set; }

    [Required(ErrorMessage = "请填写决定机关及文号")]
    [StringLength(200)]
    public string? Decision { get; set; }

    [Required(ErrorMessage = "请填写起始日期")]
    public DateOnly? BannedFrom { get; set; }

    /// <summary>Exclusive end; empty for a lifetime ban.</summary>
    public DateOnly? BannedUntil { get; set; }
}

internal sealed class AddListingRequest
{
    [Required(ErrorMessage = "请填写统一社会信用代码")]
    [StringLength(18, MinimumLength = 18, ErrorMessage = "统一社会信用代码应为18位")]
    public string? CreditCode { get; set; }

    [Required(ErrorMessage = "请填写主体名称")]
    [StringLength(100)]
    public string? EntityName { get; set; }

    [Required(ErrorMessage = "请填写列入原因")]
    [StringLength(500)]
    public string? Reason { get; set; }

    [Required(ErrorMessage = "请填写决定文号")]
    [StringLength(200)]
    public string? Decision { get; set; }

    [Required(ErrorMessage = "请填写列入日期")]
    public DateOnly? ListedOn { get; set; }
}

internal sealed class EndEntryRequest
{
    [Required(ErrorMessage = "请填写日期")]
    public DateOnly? On { get; set; }

    [Required(ErrorMessage = "请填写原因")]
    [StringLength(500)]
    public string? Reason { get; set; }
}

internal sealed record BanView(
    Guid Id, string PersonName, string IdNumberMasked, string Reason, string Decision, DateOnly BannedFrom, DateOnly? BannedUntil, string? LiftReason);

internal sealed record ListingView(
    Guid Id, string CreditCode, string EntityName, string Reason, string Decision, DateOnly ListedOn, DateOnly? RemovedOn, string? RemovalReason);
