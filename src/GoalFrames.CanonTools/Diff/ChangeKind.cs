namespace GoalFrames.CanonTools.Diff;

/// <summary>How one element differs between two canons.</summary>
public enum ChangeKind
{
    /// <summary>Only the new canon has it.</summary>
    Added,

    /// <summary>Only the old canon has it.</summary>
    Removed,

    /// <summary>Same id, new text (or a header value changed).</summary>
    Reworded,

    /// <summary>Same id and text, in another place in its list.</summary>
    Reordered,
}
