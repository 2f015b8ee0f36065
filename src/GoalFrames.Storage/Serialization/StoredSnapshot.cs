namespace GoalFrames.Storage.Serialization;

/// <summary>One framework of goals as sent, in the <c>sent_goals.snapshot</c> column.</summary>
internal sealed record StoredSnapshot(string Framework, string CanonVersion, string CanonFingerprint, List<StoredRow> Rows, List<StoredValue> Values);
