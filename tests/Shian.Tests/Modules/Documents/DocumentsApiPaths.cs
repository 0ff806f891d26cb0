namespace Shian.Tests.Modules.Documents;

/// <summary>The Documents module's API and page paths, in one place.</summary>
internal static class DocumentsApiPaths
{
    public const string Root = "/api/v1/documents";

    public static string Verify(string code) => $"{Root}/verify/{code}";

    public static string Pdf(Guid id) => $"{Root}/{id}/pdf";

    public static string VerifyPage(string code) => $"/verify/document/{code}";
}
