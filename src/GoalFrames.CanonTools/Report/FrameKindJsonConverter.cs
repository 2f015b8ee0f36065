using System.Text.Json;
using System.Text.Json.Serialization;
using GoalFrames.Engine;

namespace GoalFrames.CanonTools.Report;

/// <summary>Writes a <see cref="FrameKind"/> as its camelCase name (<c>smart</c>, <c>okr</c>).</summary>
internal sealed class FrameKindJsonConverter() : JsonStringEnumConverter<FrameKind>(JsonNamingPolicy.CamelCase);
