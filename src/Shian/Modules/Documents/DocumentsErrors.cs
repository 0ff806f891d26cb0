namespace Shian.Modules.Documents;

/// <summary>The Documents module's error codes; each is also its message key in <see cref="DocumentsText"/>.</summary>
internal static class DocumentsErrors
{
    public const string NotFound = "documents.not_found";
}
