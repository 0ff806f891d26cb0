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
    int IncidentNoRatingMonths,
    int PenaltyNoRatingMonths,
    IReadOnlyList<string> PenaltyKinds,
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
            return new AnnualResult(AnnualGrade.NotRated, null, used, CateringText.Zh("NoteTooYoung", MinActivityMonths));
        }

        if (used.Count == 0)
        {
            return new AnnualResult(AnnualGrade.NotRated, null, used, CateringText.Zh("NoteNoScoredInspection", AnnualWindowMonths));
        }

        var mean = Math.Round(used.Average(i => i.Score!.Value), 2, MidpointRounding.AwayFromZero);
        var grade = mean >= AnnualAMin ? AnnualGrade.A : mean >= AnnualBMin ? AnnualGrade.B : mean >= AnnualCMin ? AnnualGrade.C : AnnualGrade.NotRated;
        var note = grade == AnnualGrade.NotRated ? CateringText.Zh("NoteMeanBelowC", AnnualCMin) : null;
        return new AnnualResult(grade, mean, used, note);
    }

    /// <summary>Why one inspection gave no dynamic grade, in Chinese (a stored note); null when it did.</summary>
    public string? DynamicNote(DynamicGrade grade, decimal? score, int keyItemsFailed) => grade switch
    {
        DynamicGrade.Pending => CateringText.Zh("NoteNewLicence", NewLicencePendingMonths),
        DynamicGrade.Rectifying when keyItemsFailed >= KeyItemsFailedNoGrade => CateringText.Zh("NoteKeyItemsFailed", keyItemsFailed),
        DynamicGrade.Rectifying when score is null => CateringText.Zh("NoteNotScored"),
        DynamicGrade.Rectifying => CateringText.Zh("NoteScoreBelowFair", FairMin),
        _ => null,
    };

    /// <summary>The note stored with a grading: the dynamic grade's reason (unless suspended) and the annual one.</summary>
    public string? Note(GradeState state, DynamicGrade? ownGrade = null)
    {
        var dynamicNote = state.Suspension is null && state.Latest is { } latest
            ? DynamicNote(ownGrade ?? latest.DynamicGrade, latest.Score, latest.KeyItemsFailed)
            : null;
        return string.Join(CateringText.Zh("NoteSeparator"), new[] { dynamicNote, state.Annual.Note }.Where(n => n is not null)) is { Length: > 0 } note ? note : null;
    }

    /// <summary>
    /// What the public sees on <paramref name="day"/>: the latest inspection's dynamic grade and the annual grade
    /// then, unless a no-rating window (incident, penalty) covers the day: then 暂停评级 and 未评级 with its reason.
    /// </summary>
    public GradeState StateOn(
        DateOnly day, DateOnly activeSince, IEnumerable<GradedInspection> inspections, IEnumerable<SuspensionWindow> windows)
    {
        var known = inspections.Where(i => i.InspectedOn <= day).ToList();
        var latest = known.OrderByDescending(i => i.InspectedOn).ThenByDescending(i => i.InspectionId).FirstOrDefault();
        var window = windows.Where(w => w.Covers(day)).OrderByDescending(w => w.Until).FirstOrDefault();
        if (window is not null)
        {
            var note = CateringText.Zh("NoteSuspended", window.Reason, window.From, window.Until.AddDays(-1));
            return new GradeState(latest, DynamicGrade.Suspended, latest?.Score, new AnnualResult(AnnualGrade.NotRated, null, [], note), window);
        }

        var annual = Annual(known.Select(i => new ScoredInspection(i.InspectionId, i.InspectedOn, i.Score)), day, activeSince);
        return new GradeState(latest, latest?.DynamicGrade ?? DynamicGrade.Pending, latest?.Score, annual, null);
    }
}

/// <summary>A signed-off inspection with the dynamic grade it gave on its day.</summary>
internal sealed record GradedInspection(
    Guid InspectionId, DateOnly InspectedOn, decimal? Score, int KeyItemsFailed, DynamicGrade DynamicGrade, string Result);

/// <summary>A no-rating window: from <see cref="From"/> (inclusive) to <see cref="Until"/> (exclusive).</summary>
internal sealed record SuspensionWindow(DateOnly From, DateOnly Until, string Reason)
{
    public bool Covers(DateOnly day) => From <= day && day < Until;
}

/// <summary>The grades shown on a day, the inspection they rest on and the window that suspends them, if any.</summary>
internal sealed record GradeState(
    GradedInspection? Latest, DynamicGrade Dynamic, decimal? DynamicScore, AnnualResult Annual, SuspensionWindow? Suspension);

/// <summary>An inspection as grading sees it.</summary>
internal sealed record ScoredInspection(Guid InspectionId, DateOnly InspectedOn, decimal? Score);

/// <summary>An annual grade with its mean, the inspections it came from and why it is not rated, if so.</summary>
internal sealed record AnnualResult(AnnualGrade Grade, decimal? Mean, IReadOnlyList<ScoredInspection> Inspections, string? Note);
