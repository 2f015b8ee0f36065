using System.Text.Json;
using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.Storage.Serialization;

/// <summary>Turns draft rows and values into the JSON the draft columns hold, and back.</summary>
internal static class DraftJson
{
    public static string Rows(IReadOnlyList<DraftRow> rows) => JsonSerializer.Serialize(ToStored(rows), StorageJsonContext.Default.ListStoredRow);

    public static string Values(IReadOnlyList<DraftValue> values) => JsonSerializer.Serialize(ToStored(values), StorageJsonContext.Default.ListStoredValue);

    public static IReadOnlyList<DraftRow> ReadRows(string json) => FromStored(JsonSerializer.Deserialize(json, StorageJsonContext.Default.ListStoredRow) ?? []);

    public static IReadOnlyList<DraftValue> ReadValues(string json) => FromStored(JsonSerializer.Deserialize(json, StorageJsonContext.Default.ListStoredValue) ?? []);

    /// <summary>Goals as sent: every framework's canon rows and values, for <c>sent_goals.snapshot</c>.</summary>
    public static string Snapshot(IReadOnlyList<DraftContent> contents) => JsonSerializer.Serialize(
        [.. contents.Select(c => new StoredSnapshot(c.Framework.Keyword(), c.CanonVersion, c.CanonFingerprint, ToStored(c.Rows), ToStored(c.Values)))],
        StorageJsonContext.Default.ListStoredSnapshot);

    public static IReadOnlyList<DraftContent> ReadSnapshot(string json, string profileId, DraftSubject about) =>
        [.. (JsonSerializer.Deserialize(json, StorageJsonContext.Default.ListStoredSnapshot) ?? [])
            .Select(s => new DraftContent(
                profileId,
                FrameKinds.Parse(s.Framework) ?? throw new InvalidOperationException($"A stored snapshot has the unknown framework '{s.Framework}'."),
                s.CanonVersion,
                s.CanonFingerprint,
                FromStored(s.Rows ?? []),
                FromStored(s.Values ?? [])) { About = about })];

    private static List<StoredRow> ToStored(IReadOnlyList<DraftRow> rows) =>
        [.. rows.Select(r => new StoredRow(r.ItemKey, r.Ref.Field.ToString(), r.Ref.OwnerId, r.Ref.RowId, r.Text, r.Slots))];

    private static List<StoredValue> ToStored(IReadOnlyList<DraftValue> values) => [.. values.Select(v => new StoredValue(v.ItemKey, v.Slot, v.Value))];

    private static List<DraftRow> FromStored(List<StoredRow> rows) =>
        [.. rows.Select(r => new DraftRow(r.Item, new CanonRef(Enum.Parse<CanonField>(r.Field), r.Owner, r.Row), r.Text, r.Slots ?? []))];

    private static List<DraftValue> FromStored(List<StoredValue> values) => [.. values.Select(v => new DraftValue(v.Item, v.Slot, v.Value))];
}
