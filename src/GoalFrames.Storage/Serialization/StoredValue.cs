namespace GoalFrames.Storage.Serialization;

/// <summary>A draft value as it is kept in the <c>slot_values</c> JSON column.</summary>
internal sealed record StoredValue(string Item, string Slot, string Value);
