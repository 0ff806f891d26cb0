using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Documents.Contracts;
using Shian.Modules.Registration.Domain;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Registration.Features.Status;

/// <summary>
/// The public applicant's view: an application by tracking number and secret, and its business licence. A
/// wrong secret and an unknown number look the same, so numbers cannot be probed. The status page hands out a
/// short-lived download token instead of putting the secret into a link.
/// </summary>
internal sealed class PublicTracking(
    ShianDbContext db, CurrentUser user, PersonalDataProtector protector, IDocumentIssuer documents, IDataProtectionProvider dataProtection)
{
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(15);

    private readonly ITimeLimitedDataProtector _tokens =
        dataProtection.CreateProtector("Shian.Registration.LicenceDownload.v1").ToTimeLimitedDataProtector();

    private readonly ITimeLimitedDataProtector _accountTokens =
        dataProtection.CreateProtector("Shian.Registration.AccountOpening.v1").ToTimeLimitedDataProtector();

    public async Task<RegistrationView?> FindAsync(string? trackingNumber, string? secret, CancellationToken ct)
    {
        var application = await LoadAsync(trackingNumber, ct);
        return application is not null && SecretMatches(application, secret) ? RegistrationView.Of(application) : null;
    }

    public string DownloadToken(string trackingNumber) => _tokens.Protect(trackingNumber, TokenLifetime);

    /// <summary>
    /// A token for the status page's account form, posted in the body (never in a link, unlike the download
    /// token): it proves the secret was given a moment ago without sending the secret back to the browser.
    /// </summary>
    public string AccountToken(string trackingNumber) => _accountTokens.Protect(trackingNumber, TokenLifetime);

    /// <summary>The application when the secret or an account token for this number is right; null otherwise.</summary>
    public async Task<RegistrationApplication?> FindForAccountAsync(string? trackingNumber, string? secret, string? accountToken, CancellationToken ct)
    {
        var application = await LoadAsync(trackingNumber, ct);
        return application is not null && (SecretMatches(application, secret) || TokenMatches(_accountTokens, application.TrackingNumber, accountToken))
            ? application
            : null;
    }

    /// <summary>The licence PDF when the secret or a download token for this number is right; null otherwise.</summary>
    public async Task<(byte[] Pdf, string CreditCode)?> LicenceAsync(string trackingNumber, string? secret, string? token, CancellationToken ct)
    {
        var application = await LoadAsync(trackingNumber, ct);
        if (application is null || !(SecretMatches(application, secret) || TokenMatches(_tokens, trackingNumber, token)) ||
            application.DocumentId is not { } documentId)
        {
            return null;
        }

        // The public applicant has no scope; the secret (or token) proved this document is theirs.
        using var elevated = user.ActForPublicService(RegistrationText.PublicApplicant(application.TrackingNumber));
        return await documents.GetPdfAsync(documentId, ct) is { } pdf ? (pdf, application.CreditCode!) : null;
    }

    private async Task<RegistrationApplication?> LoadAsync(string? trackingNumber, CancellationToken ct)
    {
        var number = trackingNumber?.Trim().ToUpperInvariant();
        return string.IsNullOrEmpty(number) || number.Length > 16
            ? null
            : await db.Set<RegistrationApplication>().Unscoped("the public applicant follows the application with its number and secret").AsNoTracking().FirstOrDefaultAsync(a => a.TrackingNumber == number, ct);
    }

    private bool SecretMatches(RegistrationApplication application, string? secret)
    {
        if (string.IsNullOrWhiteSpace(secret) || secret.Length > 64)
        {
            return false;
        }

        var expected = protector.Unprotect(application.SecretCipher) ?? "";
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(secret.Trim().ToLowerInvariant()));
    }

    private static bool TokenMatches(ITimeLimitedDataProtector tokens, string trackingNumber, string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1000)
        {
            return false;
        }

        try
        {
            return string.Equals(tokens.Unprotect(token), trackingNumber.Trim().ToUpperInvariant(), StringComparison.Ordinal);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
