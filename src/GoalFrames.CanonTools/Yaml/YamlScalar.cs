using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GoalFrames.CanonTools.Yaml;

/// <summary>Writes one scalar: plain when YAML reads it back as the same string, double-quoted otherwise.</summary>
internal static partial class YamlScalar
{
    private const string Indicators = "-?:,[]{}#&*!|>'\"%@`";

    public static string Text(string value) => IsPlainSafe(value) ? value : Quoted(value);

    public static string Quoted(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                _ when char.IsControl(c) => builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }

    private static bool IsPlainSafe(string value) =>
        value.Length > 0
        && !Indicators.Contains(value[0], StringComparison.Ordinal)
        && !char.IsWhiteSpace(value[0])
        && !char.IsWhiteSpace(value[^1])
        && value[^1] != ':'
        && !value.Contains(": ", StringComparison.Ordinal)
        && !value.Contains(" #", StringComparison.Ordinal)
        && !value.Any(char.IsControl)
        && !Resolves().IsMatch(value);

    /// <summary>Words and numbers a YAML reader would take for something other than a string.</summary>
    [GeneratedRegex(@"^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F_]+|0o?[0-7_]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|[0-9]+(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|\d{4}-\d\d?-\d\d?.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Resolves();
}
