using System.Text.Json.Nodes;

namespace GoalFrames.Canon.Tests.Agreement;

/// <summary>One generated canon file: which file, what was changed where, and the whole document.</summary>
/// <param name="File">The file in the canon directory (canon.yaml, levels.yaml or families/family.yaml).</param>
/// <param name="Change">What was changed, at which JSON path.</param>
/// <param name="Document">The whole document after the change.</param>
/// <param name="OnlyWhenSchemaRefuses">True where the loader also checks against other files (a profile's level must exist), so only the schema's refusals are compared.</param>
internal sealed record AgreementCase(string File, string Change, JsonNode Document, bool OnlyWhenSchemaRefuses);
