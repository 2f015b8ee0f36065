namespace GoalFrames.CanonTools.Book;

/// <summary>Lays a canon book out in the long shape: one row per text, in file order, every row with its id.</summary>
public static class LongShape
{
    /// <summary>The rows of a book.</summary>
    /// <param name="book">The book.</param>
    public static IEnumerable<LongRow> Rows(CanonBook book)
    {
        ArgumentNullException.ThrowIfNull(book);
        foreach (var comment in book.Header.Comments)
        {
            yield return new LongRow(string.Empty, string.Empty, string.Empty, BookFields.Comment, string.Empty, comment);
        }

        yield return new LongRow(string.Empty, string.Empty, string.Empty, BookFields.Name, string.Empty, book.Header.Name);
        yield return new LongRow(string.Empty, string.Empty, string.Empty, BookFields.Version, string.Empty, book.Header.Version);
        foreach (var value in book.Header.ReviewCycle)
        {
            yield return new LongRow(string.Empty, string.Empty, string.Empty, BookFields.ReviewCycle, value.Id, value.Text);
        }

        foreach (var comment in book.LevelsComments)
        {
            yield return new LongRow(string.Empty, string.Empty, string.Empty, BookFields.LevelsComment, string.Empty, comment);
        }

        foreach (var level in book.Levels)
        {
            foreach (var row in LevelRows(level))
            {
                yield return row;
            }
        }

        foreach (var family in book.Families)
        {
            foreach (var row in FamilyRows(family))
            {
                yield return row;
            }
        }
    }

    private static IEnumerable<LongRow> LevelRows(BookLevel level)
    {
        LongRow Row(string field, string text, string id = "") => new(string.Empty, string.Empty, level.Code, field, id, text);
        foreach (var comment in level.Comments)
        {
            yield return Row(BookFields.Comment, comment);
        }

        yield return Row(BookFields.Title, level.Title);
        yield return Row(BookFields.Track, level.Track);
        yield return Row(BookFields.Rank, level.Rank);
        if (level.TypicalYears is { } years)
        {
            yield return Row(BookFields.TypicalYears, years);
        }

        if (level.Summary is { } summary)
        {
            yield return Row(BookFields.Summary, summary);
        }

        foreach (var dimension in level.Dimensions)
        {
            yield return Row(BookFields.Dimensions, dimension.Text, dimension.Id);
        }
    }

    private static IEnumerable<LongRow> FamilyRows(BookFamily family)
    {
        foreach (var comment in family.Comments)
        {
            yield return new LongRow(family.Code, string.Empty, string.Empty, BookFields.Comment, string.Empty, comment);
        }

        yield return new LongRow(family.Code, string.Empty, string.Empty, BookFields.File, string.Empty, family.File);
        yield return new LongRow(family.Code, string.Empty, string.Empty, BookFields.Name, string.Empty, family.Name);
        foreach (var focus in family.Focuses)
        {
            LongRow FocusRow(string field, string text) => new(family.Code, focus.Code, string.Empty, field, string.Empty, text);
            yield return FocusRow(BookFields.Name, focus.Name);
            yield return FocusRow(BookFields.Description, focus.Description);
            foreach (var alias in focus.Aliases)
            {
                yield return FocusRow(BookFields.Aliases, alias);
            }

            foreach (var profile in focus.Profiles)
            {
                foreach (var row in ProfileRows(family.Code, focus.Code, profile))
                {
                    yield return row;
                }
            }
        }
    }

    private static IEnumerable<LongRow> ProfileRows(string family, string focus, BookProfile profile)
    {
        LongRow Row(string field, string text, string id = "") => new(family, focus, profile.Level, field, id, text);
        if (profile.Title is { } title)
        {
            yield return Row(BookFields.Title, title);
        }

        yield return Row(BookFields.Status, profile.Status);
        yield return Row(BookFields.Version, profile.Version);
        if (profile.Sample)
        {
            yield return Row(BookFields.Sample, "true");
        }

        yield return Row(BookFields.Provenance, profile.Provenance);
        foreach (var field in BookFields.RowFields)
        {
            foreach (var row in profile.Rows(field))
            {
                yield return Row(field, row.Text, row.Id);
            }
        }
    }
}
