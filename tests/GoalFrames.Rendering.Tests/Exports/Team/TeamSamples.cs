using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;
using GoalFrames.Testing;

namespace GoalFrames.Rendering.Tests.Exports.Team;

/// <summary>A manager's team at the sample profile: three reports (one the platform gave no email for) and a draft about nobody.</summary>
internal static class TeamSamples
{
    public static readonly DraftSubject Ada = new("U0100", "Ada Lovelace") { Email = "ada@example.com" };
    public static readonly DraftSubject Grace = new("U0200", "Grace Hopper") { Email = "grace@example.com" };
    public static readonly DraftSubject Nobody = new("U0300", "Edsger Dijkstra");

    public static readonly DateTimeOffset January = new(2027, 1, 11, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset March = new(2027, 3, 2, 16, 30, 0, TimeSpan.Zero);

    /// <summary>Words a manager might type that a spreadsheet would run as a formula, with a comma, quotes and a line break.</summary>
    public const string Awkward = "=4, \"big\" reviews\nthen 5";

    public static IReadOnlyList<Draft> Drafts()
    {
        var okr = Samples.FirstItem(FrameKind.Okr);
        var smart = Samples.FirstItem(FrameKind.Smart);
        var mbo = Samples.FirstItem(FrameKind.Mbo);
        return
        [
            Draft(1, Ada, FrameKind.Okr, January, March, (okr, "kr1.baseline", "2"), (okr, "kr1.target", "4"), (okr, "kr1.date", "2027-06-30"), (okr, "kr2.target", "2 audits"), (okr, "kr2.date", "2027-09-30")),
            Draft(2, Ada, FrameKind.Scorecard, January, January),
            Draft(3, Grace, FrameKind.Smart, January, March, (smart, "baseline", "2"), (smart, "target", Awkward), (smart, "date", "2027-06-30")),
            Draft(4, Grace, FrameKind.Mbo, March, March, (mbo, "target", "4 CRO reviews"), (mbo, "date", "Q2 2027")),
            Draft(5, Nobody, FrameKind.Smart, January, March, (smart, "baseline", "1"), (smart, "target", "3"), (smart, "date", "2027-12-31")),
            Draft(6, null, FrameKind.Okr, January, March),
        ];
    }

    private static Draft Draft(int id, DraftSubject? about, FrameKind kind, DateTimeOffset created, DateTimeOffset updated, params (string Item, string Slot, string Value)[] values) =>
        new(new Guid(id, 0, 0, new byte[8]), Samples.Alice, Samples.Content(kind, values) with { About = about }, 1, created, updated);
}
