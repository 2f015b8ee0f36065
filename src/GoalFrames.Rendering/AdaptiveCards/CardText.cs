using GoalFrames.Engine.Pieces;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>
/// Puts text on a card. Sheet text (canon, templates, placeholders, the manager's values) and anything a user typed go
/// into <see cref="RichTextBlock"/> runs, which Teams never parses as Markdown; <see cref="TextBlock"/> (Markdown in
/// Teams) only ever holds GoalFrames' own fixed words.
/// </summary>
internal static class CardText
{
    /// <summary>A sheet line as runs: placeholders in the accent color, the manager's values in bold.</summary>
    public static RichTextBlock Line(Line line, string? prefix = null, TextSize? size = null, TextWeight? weight = null, bool? subtle = null)
    {
        var runs = new List<TextRun>();
        if (prefix is not null)
        {
            runs.Add(new TextRun(prefix) { Size = size, Weight = weight ?? TextWeight.Bolder, IsSubtle = subtle });
        }

        var lastIsSheetText = false;
        foreach (var piece in line.Pieces)
        {
            var isSheetText = piece is CanonPiece or TemplatePiece;
            if (isSheetText && lastIsSheetText)
            {
                runs[^1] = runs[^1] with { Text = runs[^1].Text + piece.Text };
                continue;
            }

            runs.Add(piece switch
            {
                PlaceholderPiece => new TextRun(piece.Text) { Size = size, Weight = weight, Color = TextColor.Accent },
                UserValuePiece => new TextRun(piece.Text) { Size = size, Weight = TextWeight.Bolder, Color = TextColor.Good },
                _ => new TextRun(piece.Text) { Size = size, Weight = weight, IsSubtle = subtle },
            });
            lastIsSheetText = isSheetText;
        }

        return new RichTextBlock(runs);
    }

    /// <summary>Text that came from the canon or a user, as one run.</summary>
    public static RichTextBlock Plain(string text, TextSize? size = null, TextWeight? weight = null, bool? subtle = null, FontType? font = null) =>
        new([new TextRun(text) { Size = size, Weight = weight, IsSubtle = subtle, FontType = font }]);

    /// <summary>Runs of mixed origin, e.g. a label of GoalFrames' own and a canon name.</summary>
    public static RichTextBlock Runs(params TextRun[] runs) => new(runs);

    /// <summary>GoalFrames' own fixed words (no canon text, nothing a user typed, no Markdown characters).</summary>
    public static TextBlock Words(string text, TextSize? size = null, TextWeight? weight = null, bool? subtle = null) =>
        new(text) { Size = size, Weight = weight, IsSubtle = subtle };
}
