using Shian.Shared.Security;

namespace Shian.Modules.Documents;

internal static class DocumentsPermissions
{
    /// <summary>Download an issued PDF: staff within scope, an enterprise for its own documents.</summary>
    public static readonly Permission Read = new("Documents.Read", [.. Roles.All], "documents:read");

    public static readonly Permission[] All = [Read];
}
