namespace Shian.Modules.Catering.Domain;

/// <summary>
/// The grading rules in force on a date (from <c>catering.*</c> rule rows), and the pure grading they define.
/// Bands are lower bounds: a score equal to a bound is in the higher band (90 is 优秀, 89.99 is 良好).
/// </summary>
internal sealed record GradingRules(
    decimal ExcellentMin,
    decimal GoodMin,
    decimal FairMin,
    int KeyItemsFailedNoGrade,
    decimal AnnualAMin,
    decimal AnnualBMin,
    decimal AnnualCMin,
    int AnnualWindowMonths,
    int MinActivityMonths,
    int NewLicencePendingMonths,
    string Citation)
{
    /// <summary>
    /// The dynamic grade of one inspection; <paramref name="licensedOn"/> starts a new licence's waiting window
    /// (待评定), if the platform saw one.
    /// </summary>
    public DynamicGrade Dynamic(decimal? score, int keyItemsFailed, DateOnly inspectedOn, DateOnly? licensedOn)
    {
        if (licensedOn is { } licensed && inspectedOn >= licensed && inspectedOn < licensed.AddMonths(NewLicencePendingMonths))
        {
            return DynamicGrade.Pending;
        }

        if (score is not { } s || keyItemsFailed >= KeyItemsFailedNoGrade || s < FairMin)
        {
            return DynamicGrade.Rectifying;
        }

        return s >= ExcellentMin ? DynamicGrade.Excellent : s >= GoodMin ? DynamicGrade.Good : DynamicGrade.Fair;
    }

    /// <summary>
    /// The annual grade on <paramref name="asOf"/>: the mean of the dynamic scores inspected in the
    /// <see cref="AnnualWindowMonths"/> months up to and including that day.
    /// </summary>
    public AnnualResult Annual(IEnumerable<ScoredInspection> inspections, DateOnly asOf, DateOnly activeSince)
    {
        var windowStart = asOf.AddMonths(-AnnualWindowMonths);
        var used = inspections
            .Where(i => i.Score is not null && i.InspectedOn > windowStart && i.InspectedOn <= asOf)
            .OrderBy(i => i.InspectedOn)
            .ToList();
        if (activeSince > asOf.AddMonths(-MinActivityMonths))
        {
            return new AnnualResult(AnnualGrade.NotRated, null, used, $"经营不足{MinActivityMonths}个月，不评定年度等级");
        }

        if (used.Count == 0)
        {
            return new AnnualResult(AnnualGrade.NotRated, null, used, $"近{AnnualWindowMonths}个月无评分检查");
        }

        var mean = Math.Round(used.Average(i => i.Score!.Value), 2, MidpointRounding.AwayFromZero);
        var grade = mean >= AnnualAMin ? AnnualGrade.A : mean >= AnnualBMin ? AnnualGrade.B : mean >= AnnualCMin ? AnnualGrade.C : AnnualGrade.NotRated;
        var note = grade == AnnualGrade.NotRated ? $"平均分低于{AnnualCMin}分，不予评级" : null;
        return new AnnualResult(grade, mean, used, note);
    }
}

/// <summary>An inspection as grading sees it.</summary>
internal sealed record ScoredInspection(Guid InspectionId, DateOnly InspectedOn, decimal? Score);

/// <summary>An annual grade with its mean, the inspections it came from and why it is not rated, if so.</summary>
internal sealed record AnnualResult(AnnualGrade Grade, decimal? Mean, IReadOnlyList<ScoredInspection> Inspections, string? Note);
