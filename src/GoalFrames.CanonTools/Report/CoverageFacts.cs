using System.Globalization;
using GoalFrames.Engine;

namespace GoalFrames.CanonTools.Report;

/// <summary>The wording the report formats and the command line share, so each says the same thing.</summary>
public static class CoverageFacts
{
    /// <summary>What a profile holds, in one phrase.</summary>
    /// <param name="p">The profile.</param>
    public static string Holds(ProfileCoverage p) =>
        $"{N(p.CoreOutputs)} core outputs, {N(p.Responsibilities)} responsibilities, {(p.Rubrics.Count == 0 ? "no rubrics" : "rubrics: " + string.Join(", ", p.Rubrics))}, {N(p.Dimensions)} level dimensions";

    /// <summary>The frameworks a profile yields, by name.</summary>
    /// <param name="p">The profile.</param>
    public static string Yields(ProfileCoverage p) => p.Yields.Count == 0 ? "nothing" : string.Join(", ", p.Yields.Select(Name));

    /// <summary>A framework's display name.</summary>
    /// <param name="kind">The framework.</param>
    public static string Name(FrameKind kind) => kind switch
    {
        FrameKind.Smart => "SMART",
        FrameKind.Okr => "OKRs",
        FrameKind.Mbo => "MBO",
        _ => "Scorecard",
    };

    /// <summary>Each omission as "what: why (needs field)".</summary>
    /// <param name="p">The profile.</param>
    public static IEnumerable<string> LeftOut(ProfileCoverage p) => p.LeftOut.Select(o => $"{o.What}: {o.Reason} (needs {o.MissingField})");

    /// <summary>The report in one line of counts.</summary>
    /// <param name="report">The report.</param>
    public static string Summary(CoverageReport report) =>
        $"{N(report.Profiles.Count)} profiles; {N(report.Profiles.Count(p => p.LeftOut.Count > 0))} with something left out; {N(report.Drafts.Count())} in draft; {N(report.Repeated.Count)} texts repeated across levels; {N(report.LevelsWithoutDimensions.Count)} levels without dimensions";

    /// <summary>A count in invariant digits.</summary>
    /// <param name="value">The count.</param>
    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
