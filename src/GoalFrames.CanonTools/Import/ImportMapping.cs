namespace GoalFrames.CanonTools.Import;

/// <summary>
/// How to read HR's own spreadsheet: which sheet, which shape, what its columns are called and what its field words
/// mean. Without a mapping file the import reads the long shape with the export's own column names.
/// </summary>
/// <param name="Sheet">The sheet to read, or null for the first visible one.</param>
/// <param name="Shape">Long (one row per text) or wide (one row per profile).</param>
/// <param name="Columns">Canon column (<c>family</c>, <c>core_outputs</c>…) → the sheet's header for it.</param>
/// <param name="Fields">Long shape: the sheet's word for a field → the canon field.</param>
/// <param name="Separator">Wide shape: the text that separates several rows in one cell, or null.</param>
public sealed record ImportMapping(string? Sheet, SheetShape Shape, IReadOnlyDictionary<string, string> Columns, IReadOnlyDictionary<string, string> Fields, string? Separator)
{
    /// <summary>The mapping used without a mapping file.</summary>
    public static ImportMapping Default { get; } = new(null, SheetShape.RowPerText, new Dictionary<string, string>(), new Dictionary<string, string>(), null);

    /// <summary>The sheet's header for a canon column.</summary>
    /// <param name="column">The canon column.</param>
    public string HeaderFor(string column) => Columns.GetValueOrDefault(column, column);

    /// <summary>The canon field a sheet word stands for.</summary>
    /// <param name="word">The word in the field column.</param>
    public string FieldFor(string word) => Fields.TryGetValue(word, out var field) ? field : word;
}
