using GoalFrames.Engine.Pieces;

namespace GoalFrames.Engine.Templates;

/// <summary>
/// A fixed wording from the catalogue, with named holes: <c>{baseline}</c>, <c>{target}</c> and <c>{date}</c> become
/// placeholders (or the manager's values); any other <c>{name}</c> takes a canon piece.
/// </summary>
public sealed class Template
{
    private readonly List<(string? Literal, string? Hole)> _segments;

    internal Template(string name, string format)
    {
        Name = name;
        Format = format;
        _segments = Parse(format);
    }

    /// <summary>The template's name in the catalogue.</summary>
    public string Name { get; }

    /// <summary>The wording, with <c>{hole}</c> markers.</summary>
    public string Format { get; }

    /// <summary>The fixed fragments between the holes.</summary>
    public IEnumerable<string> Literals => _segments.Where(s => s.Literal is not null).Select(s => s.Literal!);

    /// <summary>The template as one piece, for templates without holes.</summary>
    internal TemplatePiece Piece => _segments is [(string literal, null)] ? new TemplatePiece(Name, literal) : throw new InvalidOperationException($"template {Name} has holes");

    /// <summary>The template as a line of one piece, for templates without holes.</summary>
    internal Line Whole => new([Piece]);

    /// <summary>Fills the holes.</summary>
    /// <param name="slots">Where this line's placeholders live and the manager's values for them.</param>
    /// <param name="args">The lines for the named holes.</param>
    internal Line Fill(SlotScope slots, params (string Hole, Line Value)[] args)
    {
        var pieces = new List<Piece>(_segments.Count);
        foreach (var (literal, hole) in _segments)
        {
            if (literal is not null)
            {
                pieces.Add(new TemplatePiece(Name, literal));
                continue;
            }

            if (Placeholders.Parse(hole!) is { } kind)
            {
                pieces.Add(slots.PieceFor(kind));
                continue;
            }

            var arg = args.FirstOrDefault(a => a.Hole == hole);
            pieces.AddRange((arg.Value ?? throw new ArgumentException($"template {Name} needs a piece for {{{hole}}}", nameof(args))).Pieces);
        }

        return new Line(pieces);
    }

    /// <summary>Fills a template whose holes are all canon or template pieces.</summary>
    internal Line Fill(params (string Hole, Line Value)[] args) => Fill(SlotScope.None, args);

    private static List<(string?, string?)> Parse(string format)
    {
        var segments = new List<(string?, string?)>();
        var at = 0;
        while (at < format.Length)
        {
            var open = format.IndexOf('{', at);
            if (open < 0)
            {
                segments.Add((format[at..], null));
                break;
            }

            if (open > at)
            {
                segments.Add((format[at..open], null));
            }

            var close = format.IndexOf('}', open);
            segments.Add((null, format[(open + 1)..close]));
            at = close + 1;
        }

        return segments;
    }
}
