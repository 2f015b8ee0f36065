using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GoalFrames.Canon.Yaml;

/// <summary>
/// Reads one YAML document into a <see cref="YNode"/> tree with positions. It refuses tags (nothing is ever
/// instantiated from YAML), anchors and aliases (so an alias bomb cannot expand), deep nesting and huge trees.
/// </summary>
internal static class YamlTreeReader
{
    public const int MaxDepth = 16;
    public const int MaxNodes = 500_000;

    public static YNode? Read(string text, ProblemSink sink)
    {
        var parser = new Parser(new StringReader(text));
        var nodes = 0;
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                sink.Add(1, 1, "the file is empty");
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, sink, depth: 0, ref nodes);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _) && parser.Current is { } extra)
            {
                sink.Add(Line(extra.Start), Column(extra.Start), "a canon file holds one YAML document; remove the second '---' document");
            }

            return root;
        }
        catch (YamlException ex)
        {
            var problem = YamlSyntaxMessage.Describe(ex, text, sink.File);
            sink.Add(problem.Line, problem.Column, problem.Message);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this on some malformed input instead of a YamlException.
            var at = parser.Current?.Start ?? Mark.Empty;
            sink.Add(Line(at), Column(at), YamlSyntaxMessage.Prefix + "a '[' or '{' list is not closed; close it on its line, or write the items one per line starting with '- '");
            return null;
        }
        catch (TooLargeException ex)
        {
            sink.Add(ex.Line, ex.Column, ex.Message);
            return null;
        }
    }

    private static YNode ReadNode(IParser parser, ProblemSink sink, int depth, ref int nodes)
    {
        var current = parser.Current ?? throw new YamlException("unexpected end of file");
        if (++nodes > MaxNodes)
        {
            throw new TooLargeException(current.Start, $"the file has more than {MaxNodes} YAML nodes");
        }

        if (depth > MaxDepth)
        {
            throw new TooLargeException(current.Start, $"the YAML is nested more than {MaxDepth} levels deep");
        }

        if (current is AnchorAlias alias)
        {
            parser.MoveNext();
            sink.Add(Line(alias.Start), Column(alias.Start), $"aliases (*{alias.Value}) are not allowed in canon files; write the text out");
            return new YScalar(Line(alias.Start), Column(alias.Start), string.Empty, IsPlain: true);
        }

        if (current is NodeEvent node)
        {
            if (!node.Anchor.IsEmpty)
            {
                sink.Add(Line(node.Start), Column(node.Start), $"anchors (&{node.Anchor.Value}) are not allowed in canon files");
            }

            if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific)
            {
                sink.Add(Line(node.Start), Column(node.Start), $"YAML tags ({node.Tag.Value}) are not allowed in canon files");
            }
        }

        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                return new YScalar(Line(scalar.Start), Column(scalar.Start), scalar.Value, scalar.Style == ScalarStyle.Plain);

            case SequenceStart start:
            {
                parser.MoveNext();
                var items = new List<YNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode(parser, sink, depth + 1, ref nodes));
                }

                return new YSequence(Line(start.Start), Column(start.Start), items);
            }

            case MappingStart start:
            {
                parser.MoveNext();
                var entries = new List<KeyValuePair<YScalar, YNode>>();
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var keyNode = ReadNode(parser, sink, depth + 1, ref nodes);
                    var value = ReadNode(parser, sink, depth + 1, ref nodes);
                    if (keyNode is YScalar key)
                    {
                        entries.Add(new(key, value));
                    }
                    else
                    {
                        sink.Add(keyNode, "a mapping key must be plain text");
                    }
                }

                return new YMapping(Line(start.Start), Column(start.Start), entries);
            }

            default:
                throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
        }
    }

    private static int Line(Mark mark) => (int)Math.Min(mark.Line, int.MaxValue);

    private static int Column(Mark mark) => (int)Math.Min(mark.Column, int.MaxValue);

    private sealed class TooLargeException(Mark at, string message) : Exception(message)
    {
        public int Line { get; } = Line(at);

        public int Column { get; } = Column(at);
    }
}
