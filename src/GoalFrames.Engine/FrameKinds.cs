namespace GoalFrames.Engine;

/// <summary>The words people type for each framework.</summary>
public static class FrameKinds
{
    /// <summary>Every framework in sheet order.</summary>
    public static IReadOnlyList<FrameKind> All { get; } = [FrameKind.Smart, FrameKind.Okr, FrameKind.Mbo, FrameKind.Scorecard];

    /// <summary>The four frameworks of a profile and growth, the fifth, which compares two levels.</summary>
    public static IReadOnlyList<FrameKind> Every { get; } = [.. All, FrameKind.Growth];

    /// <summary>The command word, e.g. <c>smart</c>.</summary>
    public static string Keyword(this FrameKind kind) => kind switch
    {
        FrameKind.Smart => "smart",
        FrameKind.Okr => "okr",
        FrameKind.Mbo => "mbo",
        FrameKind.Scorecard => "scorecard",
        FrameKind.Growth => "growth",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Reads a command word (case-insensitive; <c>okrs</c> and <c>mbos</c> are accepted too).</summary>
    public static FrameKind? Parse(string word) => word.ToLowerInvariant() switch
    {
        "smart" => FrameKind.Smart,
        "okr" or "okrs" => FrameKind.Okr,
        "mbo" or "mbos" => FrameKind.Mbo,
        "scorecard" => FrameKind.Scorecard,
        "growth" => FrameKind.Growth,
        _ => null,
    };
}
