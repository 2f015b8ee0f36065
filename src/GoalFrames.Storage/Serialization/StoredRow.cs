namespace GoalFrames.Storage.Serialization;

/// <summary>A draft row as it is kept in the <c>canon_rows</c> JSON column.</summary>
internal sealed record StoredRow(string Item, string Field, string Owner, string Row, string Text, IReadOnlyList<string> Slots);
