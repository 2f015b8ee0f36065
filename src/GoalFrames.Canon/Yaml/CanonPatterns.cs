using System.Text.RegularExpressions;

namespace GoalFrames.Canon.Yaml;

internal static partial class CanonPatterns
{
    public const string CodeRule = "must be upper-case letters and digits, starting with a letter (e.g. CLINIC1)";
    public const string LevelCodeRule = "must be upper-case letters followed by digits (e.g. M5)";
    public const string IdRule = "must be lower-case letters and digits joined by single hyphens (e.g. dept-head)";

    [GeneratedRegex("^[A-Z][A-Z0-9]*$")]
    public static partial Regex Code();

    [GeneratedRegex("^[A-Z]+[0-9]+$")]
    public static partial Regex LevelCode();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex Id();
}
