using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GoalFrames.Canon.Tests.Agreement;

/// <summary>
/// Writes a JSON tree as block-style YAML that parses back to the same tree: every string double-quoted, with every
/// character YAML could change or hide written as an escape, so the loader sees exactly the string the schema sees.
/// </summary>
internal static class YamlText
{
    public static string Write(JsonNode root)
    {
        var builder = new StringBuilder();
        WriteBlock(builder, root, 0);
        return builder.ToString();
    }

    private static void WriteBlock(StringBuilder builder, JsonNode? node, int indent)
    {
        var pad = new string(' ', indent);
        switch (node)
        {
            case JsonObject map:
                foreach (var (key, value) in map)
                {
                    builder.Append(pad).Append(key).Append(':');
                    WriteValue(builder, value, indent);
                }

                break;
            case JsonArray list:
                foreach (var item in list)
                {
                    builder.Append(pad).Append('-');
                    WriteValue(builder, item, indent);
                }

                break;
            default:
                throw new InvalidOperationException("a document is a mapping");
        }
    }

    private static void WriteValue(StringBuilder builder, JsonNode? value, int indent)
    {
        switch (value)
        {
            case JsonObject { Count: 0 }:
                builder.Append(" {}\n");
                break;
            case JsonArray { Count: 0 }:
                builder.Append(" []\n");
                break;
            case JsonObject or JsonArray:
                builder.Append('\n');
                WriteBlock(builder, value, indent + 2);
                break;
            default:
                builder.Append(' ').Append(Scalar(value)).Append('\n');
                break;
        }
    }

    private static string Scalar(JsonNode? value) => value?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.String => Quote(value.GetValue<string>()),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.ToJsonString(),
    };

    private static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogatePair(text, i))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (c == '"' || c == '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c == ' ' || (c < 0x7F && !char.IsControl(c)))
            {
                builder.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
                     or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator
                     or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned)
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }
}
