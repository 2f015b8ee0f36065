using System.Text.Json;
using GoalFrames.Canon;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.Storage.Serialization;

/// <summary>Turns draft rows and values into the JSON the draft columns hold, and back.</summary>
internal static class DraftJson
{
    public static string Rows(IReadOnlyList<DraftRow> rows) => JsonSerializer.Serialize(
        [.. rows.Select(r => new StoredRow(r.ItemKey, r.Ref.Field.ToString(), r.Ref.OwnerId, r.Ref.RowId, r.Text, r.Slots))],
        StorageJsonContext.Default.ListStoredRow);

    public static string Values(IReadOnlyList<DraftValue> values) => JsonSerializer.Serialize(
        [.. values.Select(v => new StoredValue(v.ItemKey, v.Slot, v.Value))],
        StorageJsonContext.Default.ListStoredValue);

    public static IReadOnlyList<DraftRow> ReadRows(string json) =>
        [.. (JsonSerializer.Deserialize(json, StorageJsonContext.Default.ListStoredRow) ?? [])
            .Select(r => new DraftRow(r.Item, new CanonRef(Enum.Parse<CanonField>(r.Field), r.Owner, r.Row), r.Text, r.Slots ?? []))];

    public static IReadOnlyList<DraftValue> ReadValues(string json) =>
        [.. (JsonSerializer.Deserialize(json, StorageJsonContext.Default.ListStoredValue) ?? [])
            .Select(v => new DraftValue(v.Item, v.Slot, v.Value))];
}
