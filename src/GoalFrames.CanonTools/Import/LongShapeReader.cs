using GoalFrames.CanonTools.Book;
using GoalFrames.CanonTools.Sheets;
using GoalFrames.CanonTools.Yaml;

namespace GoalFrames.CanonTools.Import;

/// <summary>Gathers a canon book from a long-shape sheet: one row per text, placed by its family, focus and level columns.</summary>
internal sealed class LongShapeReader
{
    private static readonly string[] CanonFields = [BookFields.Comment, BookFields.Name, BookFields.Version, BookFields.ReviewCycle, BookFields.LevelsComment];
    private static readonly string[] LevelFields = [BookFields.Comment, BookFields.Title, BookFields.Track, BookFields.Rank, BookFields.TypicalYears, BookFields.Summary, BookFields.Dimensions];
    private static readonly string[] FamilyFields = [BookFields.Comment, BookFields.File, BookFields.Name];
    private static readonly string[] FocusFields = [BookFields.Name, BookFields.Description, BookFields.Aliases];
    private static readonly string[] ProfileFields = [BookFields.Title, BookFields.Status, BookFields.Version, BookFields.Sample, BookFields.Provenance, BookFields.CoreOutputs, BookFields.Responsibilities, BookFields.Rubrics];
    private static readonly string[] NumberFields = [BookFields.Version, BookFields.Rank];

    private readonly ImportMapping _mapping;
    private readonly List<SheetMessage> _problems;
    private readonly List<SheetMessage> _warnings;
    private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);

    public LongShapeReader(ImportMapping mapping, List<SheetMessage> problems, List<SheetMessage> warnings)
    {
        _mapping = mapping;
        _problems = problems;
        _warnings = warnings;
    }

    public BookDraft Draft { get; } = new();

    /// <summary>Book path → the cell it was read from, for mapping canon problems back to the sheet.</summary>
    public Dictionary<string, string> Locations { get; } = new(StringComparer.Ordinal);

    public void Read(SheetTable table)
    {
        var headerIndex = table.Rows.ToList().FindIndex(r => !r.IsBlank);
        if (headerIndex < 0)
        {
            _problems.Add(new SheetMessage(table.Source, "the sheet is empty; the first row should name the columns " + string.Join(", ", LongRow.Headers)));
            return;
        }

        var columns = HeaderColumns.Find(table.Rows[headerIndex], ["family", "focus", "level", "field", "text"], ["id"], _mapping, _problems);
        if (columns is null)
        {
            return;
        }

        foreach (var row in table.Rows.Skip(headerIndex + 1).Where(r => !r.IsBlank))
        {
            ReadRow(row, columns);
        }
    }

    private void ReadRow(SheetRow row, HeaderColumns columns)
    {
        string Value(string column) => row[columns[column]]?.Value ?? string.Empty;
        var family = Value("family");
        var focus = Value("focus");
        var level = Value("level");
        var fieldCell = row[columns["field"]];
        var textCell = row[columns["text"]];
        var id = columns.Has("id") ? Value("id") : string.Empty;
        if (fieldCell is null)
        {
            _problems.Add(new SheetMessage(row.Location, "the row has no field; say what the text is, e.g. core_outputs, title or rubrics"));
            return;
        }

        var field = _mapping.FieldFor(fieldCell.Value);
        if (textCell is null)
        {
            _problems.Add(new SheetMessage(Cell(row, columns["text"]), $"the {field} row has no text"));
            return;
        }

        if (textCell.IsNumber && !NumberFields.Contains(field))
        {
            _warnings.Add(new SheetMessage(textCell.Location, $"the cell holds the number {textCell.Value}, which was read as that text; format the cell as Text if it should read differently"));
        }

        switch ((family.Length > 0, focus.Length > 0, level.Length > 0))
        {
            case (false, false, false):
                CanonRow(field, id, fieldCell, textCell);
                break;
            case (false, false, true):
                LevelRow(level, field, id, fieldCell, textCell);
                break;
            case (true, false, false):
                FamilyRow(family, field, fieldCell, textCell);
                break;
            case (true, true, false):
                FocusRow(family, focus, field, fieldCell, textCell);
                break;
            case (true, true, true):
                ProfileRow(family, focus, level, field, id, fieldCell, textCell);
                break;
            case (false, true, _):
                _problems.Add(new SheetMessage(row.Location, $"the row names the focus {focus} but no family; fill in the family column"));
                break;
            default:
                _problems.Add(new SheetMessage(row.Location, $"the row names the family {family} and the level {level} but no focus; fill in the focus column"));
                break;
        }
    }

    private void CanonRow(string field, string id, SheetCell fieldCell, SheetCell text)
    {
        if (!Known(field, CanonFields, "the canon header (no family, focus or level)", fieldCell))
        {
            return;
        }

        switch (field)
        {
            case BookFields.Comment:
                Draft.Comments.Add(text.Value);
                break;
            case BookFields.LevelsComment:
                Draft.LevelsComments.Add(text.Value);
                break;
            case BookFields.ReviewCycle:
                CycleValue(id, fieldCell, text);
                break;
            case BookFields.Name:
                Draft.Name = Once(Draft.Name, BookPath.Of(BookPath.Canon, field), "the canon's name", text);
                break;
            default:
                Draft.Version = Once(Draft.Version, BookPath.Of(BookPath.Canon, field), "the canon's version", text);
                break;
        }
    }

    /// <summary>One value of the review cycle, its key in the id column; the values keep the sheet's order.</summary>
    private void CycleValue(string id, SheetCell fieldCell, SheetCell text)
    {
        if (Missing(id, $"the review cycle's value has no id; write its key ({string.Join(", ", BookFields.ReviewCycleKeys)}) in the id column", fieldCell)
            || Again(BookPath.Of(BookPath.Canon, BookFields.ReviewCycle, id), $"the review cycle's {id}", text))
        {
            return;
        }

        Draft.ReviewCycle.Add(new BookRow(id, text.Value));
    }

    private void LevelRow(string code, string field, string id, SheetCell fieldCell, SheetCell text)
    {
        if (!Known(field, LevelFields, $"the level {code}", fieldCell))
        {
            return;
        }

        var at = BookPath.Level(code);
        Locations.TryAdd(at, fieldCell.Location);
        if (!Draft.Levels.TryGetValue(code, out var level))
        {
            Draft.Levels[code] = level = new LevelDraft(code);
        }

        if (field == BookFields.Comment)
        {
            level.Comments.Add(text.Value);
        }
        else if (field == BookFields.Dimensions)
        {
            if (Missing(id, $"the level {code}'s dimension has no id; write the dimension's key (scope, autonomy, complexity, impact, decision_rights, leadership) in the id column", fieldCell)
                || Again(BookPath.Of(at, field, id), $"the level {code}'s dimension {id}", text))
            {
                return;
            }

            level.Dimensions.Add(new BookRow(id, text.Value));
        }
        else if (!Again(BookPath.Of(at, field), $"the level {code}'s {field}", text))
        {
            level.Values[field] = text.Value;
        }
    }

    private void FamilyRow(string code, string field, SheetCell fieldCell, SheetCell text)
    {
        if (!Known(field, FamilyFields, $"the family {code}", fieldCell))
        {
            return;
        }

        var family = Family(code, fieldCell);
        var at = BookPath.Family(code);
        if (field == BookFields.Comment)
        {
            family.Comments.Add(text.Value);
        }
        else if (field == BookFields.File)
        {
            family.File = Once(family.File, BookPath.Of(at, field), $"the family {code}'s file", text);
        }
        else
        {
            family.Name = Once(family.Name, BookPath.Of(at, field), $"the family {code}'s name", text);
        }
    }

    private void FocusRow(string familyCode, string code, string field, SheetCell fieldCell, SheetCell text)
    {
        if (!Known(field, FocusFields, $"the focus {familyCode}.{code}", fieldCell))
        {
            return;
        }

        var focus = Focus(familyCode, code, fieldCell);
        var at = BookPath.Focus(familyCode, code);
        if (field == BookFields.Aliases)
        {
            focus.Aliases.Add(text.Value);
            Locations.TryAdd(BookPath.Of(at, field), text.Location);
        }
        else if (field == BookFields.Name)
        {
            focus.Name = Once(focus.Name, BookPath.Of(at, field), $"the focus {familyCode}.{code}'s name", text);
        }
        else
        {
            focus.Description = Once(focus.Description, BookPath.Of(at, field), $"the focus {familyCode}.{code}'s description", text);
        }
    }

    private void ProfileRow(string familyCode, string focusCode, string level, string field, string id, SheetCell fieldCell, SheetCell text)
    {
        var name = $"the profile {familyCode}.{focusCode}.{level}";
        if (!Known(field, ProfileFields, name, fieldCell))
        {
            return;
        }

        var focus = Focus(familyCode, focusCode, fieldCell);
        var at = BookPath.Profile(familyCode, focusCode, level);
        Locations.TryAdd(at, fieldCell.Location);
        if (!focus.Profiles.TryGetValue(level, out var profile))
        {
            focus.Profiles[level] = profile = new ProfileDraft(level);
        }

        if (field == BookFields.Rubrics)
        {
            if (Missing(id, $"{name}'s rubric has no id; write complexity or knowledge_application in the id column", fieldCell)
                || Again(BookPath.Of(at, field, id), $"{name}'s {id} rubric", text))
            {
                return;
            }

            profile.Rows[field].Add(new DraftRowIn(new BookRow(id, text.Value), text.Location));
        }
        else if (profile.Rows.TryGetValue(field, out var rows))
        {
            rows.Add(new DraftRowIn(new BookRow(id, text.Value), text.Location));
        }
        else if (!Again(BookPath.Of(at, field), $"{name}'s {field}", text))
        {
            profile.Values[field] = text.Value;
        }
    }

    private FamilyDraft Family(string code, SheetCell cell)
    {
        Locations.TryAdd(BookPath.Family(code), cell.Location);
        if (!Draft.Families.TryGetValue(code, out var family))
        {
            Draft.Families[code] = family = new FamilyDraft(code);
        }

        return family;
    }

    private FocusDraft Focus(string familyCode, string code, SheetCell cell)
    {
        var family = Family(familyCode, cell);
        Locations.TryAdd(BookPath.Focus(familyCode, code), cell.Location);
        if (!family.Focuses.TryGetValue(code, out var focus))
        {
            family.Focuses[code] = focus = new FocusDraft(code);
        }

        return focus;
    }

    private bool Known(string field, string[] allowed, string what, SheetCell cell)
    {
        if (allowed.Contains(field, StringComparer.Ordinal))
        {
            return true;
        }

        var near = allowed.OrderBy(a => GoalFrames.Canon.Similarity.Distance(a, field)).First();
        var hint = GoalFrames.Canon.Similarity.Distance(near, field) <= 3 ? $"did you mean {near}? " : string.Empty;
        _problems.Add(new SheetMessage(cell.Location, $"'{field}' is not a field of {what}; {hint}it takes {string.Join(", ", allowed)}"));
        return false;
    }

    private bool Missing(string id, string message, SheetCell cell)
    {
        if (id.Length > 0)
        {
            return false;
        }

        _problems.Add(new SheetMessage(cell.Location, message));
        return true;
    }

    private string? Once(string? current, string path, string what, SheetCell text) =>
        Again(path, what, text) ? current : text.Value;

    /// <summary>True (and a problem) when the element was already given; otherwise remembers where it was given.</summary>
    private bool Again(string path, string what, SheetCell text)
    {
        if (_seen.TryGetValue(path, out var first))
        {
            _problems.Add(new SheetMessage(text.Location, $"{what} is given twice; it was first given at {first}, so keep one of them"));
            return true;
        }

        _seen[path] = text.Location;
        Locations[path] = text.Location;
        return false;
    }

    private static string Cell(SheetRow row, int column) => row.Location.Contains('!', StringComparison.Ordinal)
        ? row.Location[..(row.Location.LastIndexOf('!') + 1)] + CellReference.Of(column, CellReference.Parse(row.Location[(row.Location.LastIndexOf('!') + 1)..]).Row)
        : row.Location + ":" + (column + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
