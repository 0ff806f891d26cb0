namespace Shian.Tests.Modules.Licensing;

/// <summary>The Licensing API's paths, in one place.</summary>
internal static class LicensingApiPaths
{
    public const string Root = "/api/v1/licensing";
    public const string Applications = Root + "/applications";
    public const string ProductionApplications = Root + "/production/applications";
    public const string Filings = Root + "/filings";
    public const string Materials = Root + "/materials";
    public const string Review = Root + "/review";
    public const string Checks = Root + "/checks";
    public const string Tasks = Root + "/tasks";

    public static string Application(Guid id) => $"{Applications}/{id}";

    public static string ApplicationDetails(Guid id) => $"{Applications}/{id}/details";

    public static string Approve(Guid id) => $"{Applications}/{id}/approve";

    public static string Reject(Guid id) => $"{Applications}/{id}/reject";

    public static string SiteVerifications(Guid id) => $"{Applications}/{id}/site-verifications";

    public static string SiteVerificationOutcome(Guid id) => $"{Root}/site-verifications/{id}/outcome";

    public static string CheckOutcome(Guid id) => $"{Root}/checks/{id}/outcome";

    public static string ProductionDecision(Guid id) => $"{ProductionApplications}/{id}/decision";

    public static string Licence(string number) => $"{Root}/licences/{number}";

    public static string Changes(string number) => $"{Licence(number)}/changes";

    public static string Renewals(string number) => $"{Licence(number)}/renewals";

    public static string Replacements(string number) => $"{Licence(number)}/replacements";

    public static string Cancellations(string number) => $"{Licence(number)}/cancellations";

    public static string Revoke(string licence) => $"{Licence(licence)}/revoke";

    public static string Filing(string number) => $"{Filings}/{number}";

    public static string Verify(string number) => $"{Root}/verify/{number}";

    public static string VerifyFiling(string number) => $"{Root}/verify/filing/{number}";

    public static string MaterialFile(Guid id) => $"{Materials}/{id}/file";

    public static string OperatorLicences(Guid operatorId) => $"{Root}/operators/{operatorId}/licences";

    public static string OperatorApplications(Guid operatorId) => $"{Root}/operators/{operatorId}/applications";
}
