namespace Shian.Modules.Catering;

/// <summary>Stable error codes of the module (ProblemDetails <c>code</c>).</summary>
internal static class CateringErrors
{
    public const string NotFound = "catering.not_found";
    public const string NoGrade = "catering.no_grade";
}
