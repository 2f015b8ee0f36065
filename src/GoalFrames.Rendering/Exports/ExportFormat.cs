namespace GoalFrames.Rendering.Exports;

/// <summary>The forms a filled draft can be exported in.</summary>
public enum ExportFormat
{
    /// <summary>The "Copy / print as text" layout with the values in place.</summary>
    Text,

    /// <summary>CommonMark.</summary>
    Markdown,

    /// <summary>RFC 4180 CSV, one row per goal line.</summary>
    Csv,
}
