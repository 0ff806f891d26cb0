namespace Shian.Tests.Modules.Registration;

/// <summary>The Registration module's API paths (<c>/api/v1/registration</c>).</summary>
internal static class RegistrationApiPaths
{
    public const string PublicApplications = "/api/v1/registration/public/applications";
    public const string Applications = "/api/v1/registration/applications";

    public static string PublicApplication(string trackingNumber) => $"{PublicApplications}/{trackingNumber}";

    public static string PublicLicence(string trackingNumber) => $"{PublicApplications}/{trackingNumber}/licence";

    public static string PublicAccount(string trackingNumber) => $"{PublicApplications}/{trackingNumber}/account";

    public static string Application(Guid id) => $"{Applications}/{id}";

    public static string Approve(Guid id) => $"{Applications}/{id}/approve";

    public static string Reject(Guid id) => $"{Applications}/{id}/reject";
}
