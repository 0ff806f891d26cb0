using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Credit.Contracts;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.Registration.Domain;
using Shian.Modules.Registration.Features.Review;
using Shian.Modules.Registration.Features.Status;
using Shian.Shared.Kernel;
using Shian.Shared.Kernel.Identifiers;
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
    private const string TrackingAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private const string SecretAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public async Task<(RegistrationView View, bool Replayed)> SubmitAsync(
        RegistrationRequest request, string? headerKey, bool publicService, CancellationToken ct)
    {
        var key = IdempotencyKeys.Read(
            headerKey, request.IdempotencyKey, RegistrationErrors.IdempotencyKeyRequired, publicService ? IdempotencyKeys.PublicMinLength : 1);
        var scope = publicService ? PublicScope : user.UserId?.ToString() ?? throw ShianException.Forbidden(ErrorCodes.OutOfScope);
        var hash = RequestHash(request);
        if (await ReplayAsync(scope, key, hash, ct) is { } replay)
        {
            return (replay, true);
        }

        var townCode = request.TownCode!;
        if (!publicService && user.TownCodePrefix is { } prefix && !townCode.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw ShianException.Forbidden(ErrorCodes.OutOfScope);
        }

        var now = time.GetUtcNow();
        var today = now.ChinaDate();
        var name = request.Name!.Trim();
        var district = JurisdictionCodes.DistrictOf(townCode);
        var idNumber = ResidentIdNumber.Parse(request.LegalRepresentativeIdNumber);
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
            LegalRepresentativeIdCipher = protector.Protect(idNumber.Value)!,
            LegalRepresentativeIdMasked = Mask.IdNumber(idNumber.Value),
            PhoneCipher = protector.Protect(PhoneNumber.Parse(request.Phone).Value)!,
            PhoneMasked = Mask.Phone(PhoneNumber.Parse(request.Phone).Value),
            Address = request.Address!.Trim(),
            JurisdictionCode = townCode,
            DistrictCode = district,
            BusinessScope = request.BusinessScope!.Trim(),
            SubmittedAt = now,
            DecisionDueOn = await calendar.AddWorkingDaysAsync(today, await DecisionDaysAsync(today, ct), ct),
            Public = publicService,
            SubmittedBy = user.UserId,
            SubmittedByName = user.IsAuthenticated ? user.Name : RegistrationText.Stored("registration.public_applicant"),
            IdempotencyScope = scope,
            IdempotencyKey = key,
            RequestHash = hash,
        };
        application.Evaluated(result.Clean, CheckOutcome.Serialize(result.Checks), now);

        try
        {
            // The public applicant has no scope of their own; the checks above decided what may be written.
            using var elevated = publicService ? user.ActForPublicService(RegistrationText.PublicApplicant(tracking)) : null;
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

    private async Task<RegistrationFacts> FactsAsync(string name, string district, string townCode, ResidentIdNumber idNumber, DateOnly today, CancellationToken ct)
    {
        var town = await jurisdictions.FindAsync(townCode, ct);
        var districtName = (await jurisdictions.FindAsync(district, ct))?.Name ?? district;
        return new RegistrationFacts(
            name,
            districtName,
            await NameClashAsync(name, district, ct),
            await credit.FindBanAsync(idNumber, today, ct) is { } ban
                ? RegistrationText.Stored("registration.ban_description", Mask.PersonName(ban.PersonName), ban.Reason, ban.Decision)
                : null,
            townCode,
            town?.Level == JurisdictionLevels.Town ? await jurisdictions.DisplayNameAsync(townCode, ct) : null);
    }

    /// <summary>Registered operators first, then applications still live (under review or approved) in the district.</summary>
    private async Task<string?> NameClashAsync(string name, string district, CancellationToken ct)
    {
        var matches = await operators.FindByNameAsync(name, district, ct);
        if (matches.Count > 0)
        {
            var match = matches[0];
            return RegistrationText.Stored("registration.name_clash_operator", match.Name, match.CreditCode);
        }

        var normalized = RegistrationApplication.Normalize(name);
        var pending = await db.Set<RegistrationApplication>().Unscoped("names clash across the whole district, whoever applies").AsNoTracking()
            .AnyAsync(a => a.DistrictCode == district && a.NormalizedName == normalized && a.Status != RegistrationStatus.Rejected, ct);
        return pending ? RegistrationText.Stored("registration.name_clash_application") : null;
    }

    private async Task<CheckCitations> CitationsAsync(DateOnly today, CancellationToken ct)
    {
        var rows = await rules.RequireSetAsync(RegistrationRules.Checks, today, ct);
        return new CheckCitations(rows.ToDictionary(r => r.Key));
    }

    private async Task<int> DecisionDaysAsync(DateOnly today, CancellationToken ct) =>
        await rules.RequireIntAsync(RegistrationRules.Deadlines, RegistrationRules.DecisionWorkingDays, today, ct);

    /// <summary>The first application under this key, with its secret again; a different body under the same key is refused.</summary>
    private async Task<RegistrationView?> ReplayAsync(string scope, string key, string hash, CancellationToken ct)
    {
        var first = await db.Set<RegistrationApplication>().Unscoped("a replay finds the first submission under its key, whoever may see it").AsNoTracking()
            .FirstOrDefaultAsync(a => a.IdempotencyScope == scope && a.IdempotencyKey == key, ct);
        if (first is null)
        {
            return null;
        }

        IdempotencyKeys.EnsureSameRequest(first.RequestHash, hash);
        return RegistrationView.Of(first, protector.Unprotect(first.SecretCipher));
    }

    private static string RequestHash(RegistrationRequest r)
    {
        var canonical = string.Join('\n',
            r.EntityType, r.Name?.Trim(), r.LegalRepresentative?.Trim(), IdentifierText.Normalise(r.LegalRepresentativeIdNumber),
            r.Phone?.Trim(), r.Address?.Trim(), r.TownCode, r.BusinessScope?.Trim());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
