using System.Text.Json;
using System.Text.Json.Serialization;
using GoalFrames.CanonTools.Diff;

namespace GoalFrames.Host.Cli;

/// <summary>Source-generated JSON metadata for <c>canon diff --format json</c> (camelCase), so the AOT build needs no reflection.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, Converters = [typeof(ChangeKindJsonConverter)])]
[JsonSerializable(typeof(CanonDiff))]
internal sealed partial class CanonDiffJsonContext : JsonSerializerContext;
