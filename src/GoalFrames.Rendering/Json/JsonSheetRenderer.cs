using System.Text.Encodings.Web;
using System.Text.Json;
using GoalFrames.Engine;
using GoalFrames.Engine.Pieces;
using GoalFrames.Engine.Sheets;

namespace GoalFrames.Rendering.Json;

/// <summary>Renders a sheet as JSON, keeping every piece's kind and source so other tools can audit it.</summary>
public static class JsonSheetRenderer
{
    private static readonly RenderingJsonContext Context = new(new JsonSerializerOptions(RenderingJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The sheet as indented JSON.</summary>
    /// <param name="sheet">The sheet.</param>
    public static string Render(GoalSheet sheet) => JsonSerializer.Serialize(ToDocument(sheet), Context.SheetDocument) + "\n";

    /// <summary>The sheet as a document.</summary>
    /// <param name="sheet">The sheet.</param>
    public static SheetDocument ToDocument(GoalSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return new SheetDocument(
            sheet.Profile.Id,
            sheet.CanonVersion,
            sheet.CanonFingerprint,
            Doc(sheet.Title),
            Doc(sheet.Identity),
            Doc(sheet.Promise),
            [.. sheet.Sections.Select(s => new SectionDocument(
                s.Kind.Keyword(),
                s.Heading.Text,
                s.Intro.Text,
                [.. s.Groups.Select(g => new GroupDocument(g.Heading?.Text, [.. g.Items.Select(Doc)]))]))],
            [.. sheet.Omissions.Select(o => new OmissionDocument(o.Kind.Keyword(), o.What, o.MissingField, o.Reason))],
            sheet.Growth is { } pair ? new GrowthDocument(pair.Focus.Key, pair.From.Code, pair.To.Code, pair.FromProfile?.Id, pair.ToProfile?.Id) : null);
    }

    private static ItemDocument Doc(GoalItem item) => new(
        item.Key,
        item.Number,
        Doc(item.Headline),
        item.Source.Text,
        item.Basis.Ref.ToString(),
        [.. item.Fields.Select(f => new FieldDocument(f.Label.Text, Doc(f.Content), f.Source?.Text))]);

    private static LineDocument Doc(Line line) => new(line.Text, [.. line.Pieces.Select(Doc)]);

    private static PieceDocument Doc(Piece piece) => piece switch
    {
        CanonPiece c => new PieceDocument("canon", c.Text, c.Row.Ref.ToString(), null),
        TemplatePiece t => new PieceDocument("template", t.Text, t.TemplateName, null),
        PlaceholderPiece p => new PieceDocument("placeholder", p.Text, null, p.Slot),
        UserValuePiece v => new PieceDocument("value", v.Text, null, v.Slot),
        _ => throw new ArgumentOutOfRangeException(nameof(piece), piece, null),
    };
}
