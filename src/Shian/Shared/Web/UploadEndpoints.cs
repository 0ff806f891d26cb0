using Microsoft.AspNetCore.Mvc;
using Shian.Shared.Storage;

namespace Shian.Shared.Web;

public static class UploadEndpoints
{
    /// <summary>Multipart framing and form fields on top of the file itself.</summary>
    public const long FormOverheadBytes = 256 * 1024;

    /// <summary>
    /// Lets this endpoint receive a file under <paramref name="rules"/>: the platform's body limit (1 MB by default)
    /// is raised for it alone, just enough for the largest file and the form around it. The file store still
    /// checks the file itself.
    /// </summary>
    public static TBuilder AcceptsUploads<TBuilder>(this TBuilder builder, UploadRules rules)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestSizeLimitAttribute(rules.MaxBytes + FormOverheadBytes));
}
