using GoalFrames.Canon;
using GoalFrames.CanonTools.Book;
using static GoalFrames.CanonTools.Yaml.YamlScalar;

namespace GoalFrames.CanonTools.Yaml;

/// <summary>
/// Writes a canon book as YAML in one fixed layout (the sample canon's): keys in schema order, two-space indents,
/// aliases as a flow list, plain scalars unless quoting is needed, comments kept where the book has them. The same book
/// always gives the same bytes, which is what makes an export → import round trip byte-identical.
/// </summary>
public static class CanonYamlWriter
{
    /// <summary>Writes a book as a canon directory (creating <c>families/</c>).</summary>
    /// <param name="book">The book.</param>
    /// <param name="directory">The directory.</param>
    public static void WriteTo(CanonBook book, string directory) => Write(book).WriteTo(directory);

    internal static CanonFiles Write(CanonBook book)
    {
        var files = new CanonFiles();
        WriteHeader(files, book.Header);
        WriteLevels(files, book);
        foreach (var family in book.Families)
        {
            WriteFamily(files, family);
        }

        return files;
    }

    private static void WriteHeader(CanonFiles files, BookHeader header)
    {
        const string file = CanonLoader.HeaderFile;
        Comments(files, file, header.Comments, string.Empty, BookPath.Canon);
        files.Line(file, "name: " + Text(header.Name), BookPath.Of(BookPath.Canon, BookFields.Name));
        files.Line(file, "version: " + Quoted(header.Version), BookPath.Of(BookPath.Canon, BookFields.Version));
        if (header.ReviewCycle.Count > 0)
        {
            files.Line(file, BookFields.ReviewCycle + ":", BookPath.Of(BookPath.Canon, BookFields.ReviewCycle));
            foreach (var value in header.ReviewCycle)
            {
                files.Line(file, $"  {value.Id}: {(IsDate(value.Text) ? value.Text : Text(value.Text))}", BookPath.Of(BookPath.Canon, BookFields.ReviewCycle, value.Id));
            }
        }
    }

    /// <summary>A <c>yyyy-MM-dd</c> date, written plain as HR writes it (the loader reads every scalar as text).</summary>
    private static bool IsDate(string value) => value.Length == 10 && value[4] == '-' && value[7] == '-' && value.Where((c, i) => i is not (4 or 7)).All(char.IsAsciiDigit);

    private static void WriteLevels(CanonFiles files, CanonBook book)
    {
        const string file = CanonLoader.LevelsFile;
        Comments(files, file, book.LevelsComments, string.Empty, BookPath.Canon);
        files.Line(file, "levels:", BookPath.Canon);
        foreach (var level in book.Levels)
        {
            var at = BookPath.Level(level.Code);
            Comments(files, file, level.Comments, "  ", at);
            files.Line(file, "  - code: " + Text(level.Code), at);
            files.Line(file, "    title: " + Text(level.Title), BookPath.Of(at, BookFields.Title));
            files.Line(file, "    track: " + Text(level.Track), BookPath.Of(at, BookFields.Track));
            files.Line(file, "    rank: " + level.Rank, BookPath.Of(at, BookFields.Rank));
            Optional(files, file, "    typical_years: ", level.TypicalYears is null ? null : Quoted(level.TypicalYears), BookPath.Of(at, BookFields.TypicalYears));
            Optional(files, file, "    summary: ", level.Summary is null ? null : Text(level.Summary), BookPath.Of(at, BookFields.Summary));
            if (level.Dimensions.Count > 0)
            {
                files.Line(file, "    dimensions:", at);
                foreach (var dimension in level.Dimensions)
                {
                    files.Line(file, $"      {dimension.Id}: {Text(dimension.Text)}", BookPath.Of(at, BookFields.Dimensions, dimension.Id));
                }
            }
        }
    }

    private static void WriteFamily(CanonFiles files, BookFamily family)
    {
        var file = CanonLoader.FamiliesFolder + "/" + family.File;
        var at = BookPath.Family(family.Code);
        Comments(files, file, family.Comments, string.Empty, at);
        files.Line(file, "family:", at);
        files.Line(file, "  code: " + Text(family.Code), at);
        files.Line(file, "  name: " + Text(family.Name), BookPath.Of(at, BookFields.Name));
        files.Line(file, "focuses:", at);
        foreach (var focus in family.Focuses)
        {
            var focusAt = BookPath.Focus(family.Code, focus.Code);
            files.Line(file, "  - code: " + Text(focus.Code), focusAt);
            files.Line(file, "    name: " + Text(focus.Name), BookPath.Of(focusAt, BookFields.Name));
            files.Line(file, "    description: " + Text(focus.Description), BookPath.Of(focusAt, BookFields.Description));
            if (focus.Aliases.Count > 0)
            {
                files.Line(file, "    aliases: [" + string.Join(", ", focus.Aliases.Select(Text)) + "]", BookPath.Of(focusAt, BookFields.Aliases));
            }

            if (focus.Profiles.Count > 0)
            {
                files.Line(file, "    profiles:", focusAt);
            }

            foreach (var profile in focus.Profiles)
            {
                WriteProfile(files, file, BookPath.Profile(family.Code, focus.Code, profile.Level), profile);
            }
        }
    }

    private static void WriteProfile(CanonFiles files, string file, string at, BookProfile profile)
    {
        files.Line(file, "      - level: " + Text(profile.Level), at);
        Optional(files, file, "        title: ", profile.Title is null ? null : Text(profile.Title), BookPath.Of(at, BookFields.Title));
        files.Line(file, "        status: " + Text(profile.Status), BookPath.Of(at, BookFields.Status));
        files.Line(file, "        version: " + profile.Version, BookPath.Of(at, BookFields.Version));
        Optional(files, file, "        sample: ", profile.Sample ? "true" : null, BookPath.Of(at, BookFields.Sample));
        files.Line(file, "        provenance: " + Text(profile.Provenance), BookPath.Of(at, BookFields.Provenance));
        foreach (var field in new[] { BookFields.CoreOutputs, BookFields.Responsibilities })
        {
            var rows = profile.Rows(field);
            if (rows.Count == 0)
            {
                continue;
            }

            files.Line(file, $"        {field}:", at);
            foreach (var row in rows)
            {
                var rowAt = BookPath.Of(at, field, row.Id);
                files.Line(file, "          - id: " + Text(row.Id), rowAt);
                files.Line(file, "            text: " + Text(row.Text), rowAt);
            }
        }

        if (profile.Rubrics.Count > 0)
        {
            files.Line(file, "        rubrics:", at);
            foreach (var rubric in profile.Rubrics)
            {
                files.Line(file, $"          {rubric.Id}: {Text(rubric.Text)}", BookPath.Of(at, BookFields.Rubrics, rubric.Id));
            }
        }
    }

    private static void Optional(CanonFiles files, string file, string prefix, string? value, string path)
    {
        if (value is not null)
        {
            files.Line(file, prefix + value, path);
        }
    }

    private static void Comments(CanonFiles files, string file, IReadOnlyList<string> comments, string indent, string path)
    {
        foreach (var comment in comments)
        {
            files.Line(file, indent + "#" + comment, path);
        }
    }
}
