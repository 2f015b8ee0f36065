using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.Testing;

/// <summary>Owners and draft contents built from the sample canon, as the conversation layer would build them.</summary>
internal static class Samples
{
    public const string ProfileId = "CLINIC1.CLINICAL3CD6.M5";

    public static readonly DraftOwner Alice = new("slack", "T0001", "U0001");
    public static readonly DraftOwner Bob = new("slack", "T0001", "U0002");
    public static readonly DraftOwner AliceInAnotherWorkspace = new("slack", "T0002", "U0001");
    public static readonly DraftOwner AliceOnTeams = new("teams", "T0001", "U0001");

    public static readonly byte[] TokenKey = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    private static readonly Lazy<CanonSnapshot> SampleCanon = new(() => CanonLoader.LoadOrThrow(RepoPaths.SampleCanon));

    public static ICanon Canon => SampleCanon.Value;

    public static DraftContent Content(FrameKind kind, params (string Item, string Slot, string Value)[] values) =>
        Content(Canon, ProfileId, kind, values);

    public static DraftContent Content(ICanon canon, string profileId, FrameKind kind, params (string Item, string Slot, string Value)[] values)
    {
        var sheet = new FrameEngine().Build(canon, canon.FindProfile(profileId)!, [kind]);
        return DraftContent.FromSheet(sheet, kind, values.Select(v => new DraftValue(v.Item, v.Slot, v.Value)))!;
    }

    /// <summary>The first SMART item key of the sample profile, e.g. <c>smart/dept-head</c>.</summary>
    public static string FirstItem(FrameKind kind) => Content(kind).Rows[0].ItemKey;
}
