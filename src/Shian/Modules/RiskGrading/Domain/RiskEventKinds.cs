namespace Shian.Modules.RiskGrading.Domain;

/// <summary>Kinds of recorded risk events.</summary>
internal static class RiskEventKinds
{
    public const string Inspection = "inspection";
    public const string SamplingFailure = "sampling_failure";
    public const string Penalty = "penalty";
    public const string Complaint = "complaint";
    public const string Incident = "incident";
}
