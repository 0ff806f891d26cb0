using Shian.Shared.Kernel;

namespace Shian.Shared.Web;

/// <summary>Short titles for the statuses we return, in the reader's language; the detail carries the specifics.</summary>
internal static class ProblemTitles
{
    public static string For(int status) => Messages.Get(status switch
    {
        400 or 401 or 403 or 404 or 405 or 409 or 413 or 414 or 415 or 422 or 429 => $"ui.title.{status}",
        >= 500 => "ui.title.500",
        _ => "ui.title.other",
    });
}
