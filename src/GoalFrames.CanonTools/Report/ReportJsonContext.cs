using System.Text.Json;
using System.Text.Json.Serialization;

namespace GoalFrames.CanonTools.Report;

/// <summary>Source-generated JSON metadata for the coverage report (camelCase), so the AOT build needs no reflection.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, Converters = [typeof(FrameKindJsonConverter)])]
[JsonSerializable(typeof(CoverageReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
