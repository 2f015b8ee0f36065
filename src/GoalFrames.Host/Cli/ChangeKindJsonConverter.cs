using System.Text.Json;
using System.Text.Json.Serialization;
using GoalFrames.CanonTools.Diff;

namespace GoalFrames.Host.Cli;

/// <summary>Writes a <see cref="ChangeKind"/> as its camelCase name (<c>added</c>, <c>reworded</c>).</summary>
internal sealed class ChangeKindJsonConverter() : JsonStringEnumConverter<ChangeKind>(JsonNamingPolicy.CamelCase);
