using System.Text.RegularExpressions;

namespace GoalFrames.Canon.Yaml;

/// <summary>A code-like canon value: its pattern, its length limit and the rule in HR's words.</summary>
/// <param name="Pattern">The pattern the value must match (the schema's <c>pattern</c>).</param>
/// <param name="MaxLength">The most characters the value may have (the schema's <c>maxLength</c>).</param>
/// <param name="Rule">What the pattern asks, as the end of a sentence ("must be …").</param>
internal sealed record CanonCodeRule(Regex Pattern, int MaxLength, string Rule);
