using System.ComponentModel.DataAnnotations;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.Registration.Domain;
using Shian.Modules.Registration.Features.Status;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Registration.Features.Account;

/// <summary>
/// Gives a newly registered business its enterprise account (企业用户), so that it can sign in and apply for its
/// food licence itself. Who may open it: whoever holds the application's tracking number and secret, the same
/// proof that downloads the business licence. The user name is the unified social credit code printed on that
/// licence; the applicant chooses the password. One account per operator: a second attempt is refused, so a
/// leaked secret cannot take over an account that exists.
/// </summary>
internal sealed class EnterpriseAccountOpening(
    ShianDbContext db, PublicTracking tracking, IEnterpriseAccounts accounts, IOperatorTimeline timeline, CurrentUser user)
{
    public async Task<OpenedAccount> OpenAsync(string? trackingNumber, string? secret, string? accountToken, OpenAccountRequest request, CancellationToken ct)
    {
        var application = await tracking.FindForAccountAsync(trackingNumber, secret, accountToken, ct)
            ?? throw ShianException.NotFound(RegistrationErrors.ApplicationNotFound);
        if (application is not { Status: RegistrationStatus.Approved, OperatorId: { } operatorId, CreditCode: { } creditCode })
        {
            throw ShianException.Conflict(RegistrationErrors.NotApproved);
        }

        using var publicService = user.ActForPublicService(RegistrationText.PublicApplicant(application.TrackingNumber));
        if (await accounts.FindUserNameAsync(operatorId, ct) is { } existing)
        {
            throw ShianException.Conflict(RegistrationErrors.AccountExists, (object)existing);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await timeline.AppendAsync(new OperatorTimelineEvent(
            operatorId, "registration", "registration.enterprise_account_opened", RegistrationText.Stored("registration.timeline_account_opened"),
            RegistrationText.Stored("registration.timeline_account_opened_detail", creditCode, application.TrackingNumber)), ct);
        var userName = await accounts.OpenAsync(new EnterpriseAccountRequest(operatorId, creditCode, application.Name, request.Password!), ct);
        await transaction.CommitAsync(ct);
        return new OpenedAccount(userName, application.Name, LoginPath);
    }

    /// <summary>Where the new account goes first: the licence application.</summary>
    public const string LoginPath = "/account/login?returnUrl=%2Flicensing%2Fapply";
}

/// <summary>The account form: the password the applicant chooses, twice on the page.</summary>
internal sealed class OpenAccountRequest
{
    [Required(ErrorMessage = "registration.password_required")]
    [StringLength(200, MinimumLength = 10, ErrorMessage = "registration.password_length")]
    public string? Password { get; set; }
}

/// <summary>The opened account: sign in with <see cref="UserName"/> and the chosen password.</summary>
internal sealed record OpenedAccount(string UserName, string DisplayName, string LoginPath);
