using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Credit.Contracts;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.Registration.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;
using Shian.Shared.Web;

namespace Shian.Modules.Registration.Features.Submit;

/// <summary>
/// Takes a registration from the public service or a staff counter, runs every check, and approves a clean
/// application at once (当场登记) in the same transaction; otherwise it waits in the district's reviewer queue.
/// </summary>
internal sealed class RegistrationSubmissions(
    ShianDbContext db,
    CurrentUser user,
    TimeProvider time,
    ICreditChecks credit,
    IRuleBook rules,
    IJurisdictionDirectory jurisdictions,
    IOperatorDirectory operators,
    IWorkingDayCalendar calendar,
    PersonalDataProtector protector,
    RegistrationApprover approver)
{
    private const string PublicScope = "public";
    private const int PublicKeyMinLength = 16;
    private const string TrackingAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private const string SecretAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public async Task<(RegistrationView View, bool Replayed)> SubmitAsync(
        RegistrationRequest request, string? headerKey, bool publicService, CancellationToken ct)
    {
        var key = (headerKey ?? request.IdempotencyKey)?.Trim();
        var minLength = publicService ? PublicKeyMinLength : 1;
        if (string.IsNullOrEmpty(key) || key.Length > 100 || key.Length < minLength)
        {
            throw new ShianException(RegistrationErrors.IdempotencyKeyRequired,
                publicService
                    ? "请在 Idempotency-Key 请求头或 idempotencyKey 字段中提供16至100个字符的随机幂等键（建议使用UUID）。"
                    : "请在 Idempotency-Key 请求头或 idempotencyKey 字段中提供不超过100个字符的幂等键。", 400);
        }

        var scope = publicService ? PublicScope
            : user.UserId?.ToString() ?? throw ShianException.Forbidden(ErrorCodes.OutOfScope, "无法识别提交人。");
        var hash = RequestHash(request);
        if (await ReplayAsync(scope, key, hash, ct) is { } replay)
        {
            return (replay, true);
        }

        var townCode = request.TownCode!;
        if (!publicService && user.TownCodePrefix is { } prefix && !townCode.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw ShianException.Forbidden(ErrorCodes.OutOfScope, "该住所不在您的辖区范围内，请由住所地登记机关受理。");
        }

        var now = time.GetUtcNow();
        var today = now.ChinaDate();
        var name = request.Name!.Trim();
        var district = JurisdictionCodes.DistrictOf(townCode);
        var idNumber = request.LegalRepresentativeIdNumber!.Trim().ToUpperInvariant();
        var result = RegistrationChecks.Evaluate(await FactsAsync(name, district, townCode, idNumber, today, ct), await CitationsAsync(today, ct));

        var tracking = "DJ" + today.ToString("yyMMdd", System.Globalization.CultureInfo.InvariantCulture) + RandomNumberGenerator.GetString(TrackingAlphabet, 8);
        var secret = RandomNumberGenerator.GetString(SecretAlphabet, 12);
        var application = new RegistrationApplication
        {
            TrackingNumber = tracking,
            SecretCipher = protector.Protect(secret)!,
            EntityType = request.EntityType!.Value,
            Name = name,
            NormalizedName = RegistrationApplication.Normalize(name),
            LegalRepresentative = request.LegalRepresentative!.Trim(),
            LegalRepresentativeIdCipher = protector.Protect(idNumber)!,
            LegalRepresentativeIdMasked = Mask.IdNumber(idNumber),
            PhoneCipher = protector.Protect(request.Phone!.Trim())!,
            PhoneMasked = Mask.Phone(request.Phone.Trim()),
            Address = request.Address!.Trim(),
            JurisdictionCode = townCode,
            DistrictCode = district,
            BusinessScope = request.BusinessScope!.Trim(),
            SubmittedAt = now,
            DecisionDueOn = await calendar.AddWorkingDaysAsync(today, await DecisionDaysAsync(today, ct), ct),
            Public = publicService,
            SubmittedBy = user.UserId,
            SubmittedByName = user.IsAuthenticated ? user.Name : "公众申请人",
            IdempotencyScope = scope,
            IdempotencyKey = key,
            RequestHash = hash,
        };
        application.Evaluated(result.Clean, RegistrationView.SerializeChecks(result.Checks), now);

        try
        {
            // The public applicant has no scope of their own; the checks above decided what may be written.
            using var elevated = publicService ? user.ActForPublicService($"公众申请人（受理号 {tracking}）") : null;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.Add(application);
            if (result.Clean)
            {
                await approver.ApproveAsync(application, null, null, today, ct);
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two requests with the same key raced; the unique index let one win. Answer as a replay.
            db.ChangeTracker.Clear();
            return (await ReplayAsync(scope, key, hash, ct) ?? throw new InvalidOperationException("Saving the registration failed."), true);
        }

        return (RegistrationView.Of(application, secret), false);
    }

    private async Task<RegistrationFacts> FactsAsync(string name, string district, string townCode, string idNumber, DateOnly today, CancellationToken ct)
    {
        var town = await jurisdictions.FindAsync(townCode, ct);
        var districtName = (await jurisdictions.FindAsync(district, ct))?.Name ?? district;
        return new RegistrationFacts(
            name,
            districtName,
            await NameClashAsync(name, district, ct),
            await credit.FindBanAsync(idNumber, today, ct) is { } ban ? $"{Mask.PersonName(ban.PersonName)}，{ban.Reason}，{ban.Decision}" : null,
            townCode,
            town?.Level == "Town" ? await jurisdictions.DisplayNameAsync(townCode, ct) : null);
    }

    /// <summary>Registered operators first, then applications still live (under review or approved) in the district.</summary>
    private async Task<string?> NameClashAsync(string name, string district, CancellationToken ct)
    {
        var matches = await operators.FindByNameAsync(name, district, ct);
        if (matches.Count > 0)
        {
            var match = matches[0];
            return $"已登记经营者“{match.Name}”（统一社会信用代码 {match.CreditCode}）";
        }

        var normalized = RegistrationApplication.Normalize(name);
        var pending = await db.Set<RegistrationApplication>().IgnoreQueryFilters().AsNoTracking()
            .AnyAsync(a => a.DistrictCode == district && a.NormalizedName == normalized && a.Status != RegistrationStatus.Rejected, ct);
        return pending ? "正在办理的另一登记申请" : null;
    }

    private async Task<CheckCitations> CitationsAsync(DateOnly today, CancellationToken ct)
    {
        var rows = await rules.GetSetAsync("registration.checks", today, ct);
        if (rows.Count == 0)
        {
            throw new InvalidOperationException("Registration rule rows are missing; the seeder did not run.");
        }

        return new CheckCitations(rows.ToDictionary(r => r.Key));
    }

    private async Task<int> DecisionDaysAsync(DateOnly today, CancellationToken ct) =>
        (await rules.FindAsync("registration.deadlines", "decision_working_days", today, ct)
         ?? throw new InvalidOperationException("Rule registration.deadlines/decision_working_days is missing.")).AsInt();

    /// <summary>The first application under this key, with its secret again; a different body under the same key is refused.</summary>
    private async Task<RegistrationView?> ReplayAsync(string scope, string key, string hash, CancellationToken ct)
    {
        var first = await db.Set<RegistrationApplication>().IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(a => a.IdempotencyScope == scope && a.IdempotencyKey == key, ct);
        if (first is null)
        {
            return null;
        }

        return first.RequestHash == hash
            ? RegistrationView.Of(first, protector.Unprotect(first.SecretCipher))
            : throw ShianException.Conflict(RegistrationErrors.IdempotencyKeyReused, "该幂等键已用于另一份不同的申请，请为新申请生成新的幂等键。");
    }

    private static string RequestHash(RegistrationRequest r)
    {
        var canonical = string.Join('\n',
            r.EntityType, r.Name?.Trim(), r.LegalRepresentative?.Trim(), r.LegalRepresentativeIdNumber?.Trim().ToUpperInvariant(),
            r.Phone?.Trim(), r.Address?.Trim(), r.TownCode, r.BusinessScope?.Trim());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
