using GoalFrames.CanonTools.Book;

namespace GoalFrames.CanonTools.Import;

/// <summary>A canon book being gathered from spreadsheet rows, in order of first appearance.</summary>
internal sealed class BookDraft
{
    public string? Name { get; set; }

    public string? Version { get; set; }

    public List<string> Comments { get; } = [];

    public List<BookRow> ReviewCycle { get; } = [];

    public List<string> LevelsComments { get; } = [];

    public Dictionary<string, LevelDraft> Levels { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, FamilyDraft> Families { get; } = new(StringComparer.Ordinal);

    /// <summary>A draft holding everything of a canon but its profiles (the wide shape brings those).</summary>
    public static BookDraft WithoutProfiles(CanonBook book)
    {
        var draft = new BookDraft { Name = book.Header.Name, Version = book.Header.Version };
        draft.Comments.AddRange(book.Header.Comments);
        draft.ReviewCycle.AddRange(book.Header.ReviewCycle);
        draft.LevelsComments.AddRange(book.LevelsComments);
        foreach (var level in book.Levels)
        {
            var copy = draft.Levels[level.Code] = new LevelDraft(level.Code);
            copy.Values[BookFields.Title] = level.Title;
            copy.Values[BookFields.Track] = level.Track;
            copy.Values[BookFields.Rank] = level.Rank;
            Put(copy.Values, BookFields.TypicalYears, level.TypicalYears);
            Put(copy.Values, BookFields.Summary, level.Summary);
            copy.Dimensions.AddRange(level.Dimensions);
            copy.Comments.AddRange(level.Comments);
        }

        foreach (var family in book.Families)
        {
            var copy = draft.Families[family.Code] = new FamilyDraft(family.Code) { File = family.File, Name = family.Name };
            copy.Comments.AddRange(family.Comments);
            foreach (var focus in family.Focuses)
            {
                var focusCopy = copy.Focuses[focus.Code] = new FocusDraft(focus.Code) { Name = focus.Name, Description = focus.Description };
                focusCopy.Aliases.AddRange(focus.Aliases);
            }
        }

        return draft;
    }

    private static void Put(Dictionary<string, string> values, string key, string? value)
    {
        if (value is not null)
        {
            values[key] = value;
        }
    }

    public CanonBook ToBook() => new(
        new BookHeader(Name ?? string.Empty, Version ?? string.Empty, Comments) { ReviewCycle = ReviewCycle },
        LevelsComments,
        [.. Levels.Values.Select(l => l.ToLevel())],
        [.. Families.Values.Select(f => f.ToFamily()).OrderBy(f => f.File, StringComparer.Ordinal)]);
}

/// <summary>A level being gathered.</summary>
internal sealed class LevelDraft(string code)
{
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public List<BookRow> Dimensions { get; } = [];

    public List<string> Comments { get; } = [];

    public BookLevel ToLevel() => new(
        code,
        Values.GetValueOrDefault(BookFields.Title, string.Empty),
        Values.GetValueOrDefault(BookFields.Track, string.Empty),
        Values.GetValueOrDefault(BookFields.Rank, string.Empty),
        Values.GetValueOrDefault(BookFields.TypicalYears),
        Values.GetValueOrDefault(BookFields.Summary),
        Dimensions,
        Comments);
}

/// <summary>A family being gathered.</summary>
internal sealed class FamilyDraft(string code)
{
    public string Code => code;

    public string? File { get; set; }

    public string? Name { get; set; }

    public List<string> Comments { get; } = [];

    public Dictionary<string, FocusDraft> Focuses { get; } = new(StringComparer.Ordinal);

    public BookFamily ToFamily() => new(
        File ?? FileNames.For(Name ?? code),
        code,
        Name ?? string.Empty,
        Comments,
        [.. Focuses.Values.Select(f => f.ToFocus())]);
}

/// <summary>A focus being gathered.</summary>
internal sealed class FocusDraft(string code)
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public List<string> Aliases { get; } = [];

    public Dictionary<string, ProfileDraft> Profiles { get; } = new(StringComparer.Ordinal);

    public BookFocus ToFocus() => new(code, Name ?? string.Empty, Description ?? string.Empty, Aliases, [.. Profiles.Values.Select(p => p.ToProfile())]);
}

/// <summary>A profile being gathered; rows keep the id the sheet gave (or empty, to be assigned).</summary>
internal sealed class ProfileDraft(string level)
{
    public string Level => level;

    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<DraftRowIn>> Rows { get; } = new(StringComparer.Ordinal)
    {
        [BookFields.CoreOutputs] = [],
        [BookFields.Responsibilities] = [],
        [BookFields.Rubrics] = [],
    };

    public BookProfile ToProfile() => new(
        level,
        Values.GetValueOrDefault(BookFields.Title),
        Values.GetValueOrDefault(BookFields.Status, string.Empty),
        Values.GetValueOrDefault(BookFields.Version, string.Empty),
        string.Equals(Values.GetValueOrDefault(BookFields.Sample), "true", StringComparison.OrdinalIgnoreCase),
        Values.GetValueOrDefault(BookFields.Provenance, string.Empty),
        [.. Rows[BookFields.CoreOutputs].Select(r => r.Row)],
        [.. Rows[BookFields.Responsibilities].Select(r => r.Row)],
        [.. Rows[BookFields.Rubrics].Select(r => r.Row)]);
}

/// <summary>A text row as the sheet gave it, and the cell it came from.</summary>
internal sealed class DraftRowIn(BookRow row, string location)
{
    public BookRow Row { get; set; } = row;

    public string Location => location;
}
