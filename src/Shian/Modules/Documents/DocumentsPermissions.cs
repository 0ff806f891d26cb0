using Shian.Shared.Security;

namespace Shian.Modules.Documents;

internal static class DocumentsPermissions
{
    /// <summary>Policy names, for <c>[Authorize(Policy = …)]</c> and <c>RequireAuthorization(…)</c>.</summary>
    public const string ReadPolicy = "Documents.Read";

    /// <summary>Download an issued PDF: staff within scope, an enterprise for its own documents.</summary>
    public static readonly Permission Read = new(ReadPolicy, [.. Roles.All], "documents:read");

    public static readonly Permission[] All = [Read];
}
