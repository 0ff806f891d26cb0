namespace Shian.Modules.Documents.Features.Rendering;

/// <summary>
/// Chinese line-breaking (禁则, GB/T 15834 and the W3C clreq rules): a line may not start with closing punctuation
/// (。，、；：？！》）」』”’ …) nor end with opening punctuation (《（「『“‘). The break moves back until both hold.
/// </summary>
internal static class LineBreaking
{
    private const string NotAtLineStart = "。，、；：？！）》」』】〕〉”’…—·%‰℃.,;:?!)]}";

    private const string NotAtLineEnd = "（《「『【〔〈“‘([{";

    /// <summary>
    /// Where to break a line of <paramref name="text"/> that starts at <paramref name="start"/> and fits up to
    /// <paramref name="fits"/> (exclusive): the last position at or before it that breaks no rule, never before
    /// start + 1 (an unbreakable run is broken where it must).
    /// </summary>
    public static int BreakBefore(string text, int start, int fits)
    {
        for (var at = fits; at > start + 1; at--)
        {
            if (!NotAtLineStart.Contains(text[at]) && !NotAtLineEnd.Contains(text[at - 1]))
            {
                return at;
            }
        }

        return fits;
    }
}
