namespace GoalFrames.Engine.Pieces;

/// <summary>How placeholders are written and named.</summary>
public static class Placeholders
{
    /// <summary>The marker shown while the blank is empty, e.g. <c>⟨target⟩</c> (U+27E8, U+27E9).</summary>
    public static string Marker(this PlaceholderKind kind) => "\u27E8" + kind.Name() + "\u27E9";

    /// <summary>The name inside the marker and in slot ids: <c>baseline</c>, <c>target</c>, <c>date</c>.</summary>
    public static string Name(this PlaceholderKind kind) => kind switch
    {
        PlaceholderKind.Baseline => "baseline",
        PlaceholderKind.Target => "target",
        PlaceholderKind.Date => "date",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Reads a placeholder name, or null.</summary>
    public static PlaceholderKind? Parse(string name) => name switch
    {
        "baseline" => PlaceholderKind.Baseline,
        "target" => PlaceholderKind.Target,
        "date" => PlaceholderKind.Date,
        _ => null,
    };
}
