namespace GoalFrames.Canon;

/// <summary>Names of the level dimensions as the canon files and the frames spell them.</summary>
public static class DimensionKindExtensions
{
    /// <summary>The dimensions in framework order.</summary>
    public static IReadOnlyList<DimensionKind> InOrder { get; } =
    [
        DimensionKind.Scope,
        DimensionKind.Autonomy,
        DimensionKind.Complexity,
        DimensionKind.Impact,
        DimensionKind.DecisionRights,
        DimensionKind.Leadership,
    ];

    /// <summary>The name used in source citations, e.g. <c>Decision rights</c>.</summary>
    public static string DisplayName(this DimensionKind kind) => kind switch
    {
        DimensionKind.Scope => "Scope",
        DimensionKind.Autonomy => "Autonomy",
        DimensionKind.Complexity => "Complexity",
        DimensionKind.Impact => "Impact",
        DimensionKind.DecisionRights => "Decision rights",
        DimensionKind.Leadership => "Leadership",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The name used inside template lines, e.g. <c>decision rights</c>.</summary>
    public static string LowerName(this DimensionKind kind) => kind.DisplayName().ToLowerInvariant();

    /// <summary>The key in a canon file, e.g. <c>decision_rights</c>.</summary>
    public static string YamlKey(this DimensionKind kind) => kind.LowerName().Replace(' ', '_');
}
