using System.Text.RegularExpressions;

namespace GoalFrames.Canon.Yaml;

/// <summary>
/// The code-like canon values. Each pattern is also the <c>pattern</c> of its definition in the JSON Schemas;
/// <c>(?![\s\S])</c> ends the value, because .NET's <c>$</c> would also match before a final line feed.
/// </summary>
internal static partial class CanonPatterns
{
    public static CanonCodeRule Code { get; } = new(CodeRegex(), 64, "must be upper-case letters and digits, starting with a letter (e.g. CLINIC1)");

    public static CanonCodeRule LevelCode { get; } = new(LevelCodeRegex(), 16, "must be upper-case letters followed by digits (e.g. M5)");

    public static CanonCodeRule Alias { get; } = new(IdRegex(), 64, "must be lower-case letters and digits joined by single hyphens (e.g. clinops)");

    public static CanonCodeRule RowId { get; } = new(IdRegex(), 100, "must be lower-case letters and digits joined by single hyphens (e.g. dept-head)");

    [GeneratedRegex(@"^[A-Z][A-Z0-9]*(?![\s\S])")]
    private static partial Regex CodeRegex();

    [GeneratedRegex(@"^[A-Z]+[0-9]+(?![\s\S])")]
    private static partial Regex LevelCodeRegex();

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*(?![\s\S])")]
    private static partial Regex IdRegex();
}
