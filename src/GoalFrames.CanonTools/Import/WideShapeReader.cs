using System.Globalization;
using GoalFrames.CanonTools.Book;
using GoalFrames.CanonTools.Sheets;
using GoalFrames.CanonTools.Yaml;

namespace GoalFrames.CanonTools.Import;

/// <summary>
/// Gathers profiles from a wide sheet: one row per profile, a column per field. Repeated fields come as numbered
/// columns (<c>core_outputs 1</c>, <c>core_outputs 2</c>…) or as one column split on the mapping's separator. The header,
/// levels, and family and focus names come from the canon already in the output folder, unless the sheet has
/// <c>family_name</c>, <c>focus_name</c> and <c>focus_description</c> columns.
/// </summary>
internal sealed class WideShapeReader
{
    public const string Complexity = "complexity";
    public const string KnowledgeApplication = "knowledge_application";

    private static readonly string[] Single = [BookFields.Title, BookFields.Status, BookFields.Version, BookFields.Sample, BookFields.Provenance];
    private static readonly string[] Names = ["family_name", "focus_name", "focus_description"];

    private readonly ImportMapping _mapping;
    private readonly List<SheetMessage> _problems;

    public WideShapeReader(BookDraft draft, ImportMapping mapping, List<SheetMessage> problems)
    {
        Draft = draft;
        _mapping = mapping;
        _problems = problems;
    }

    public BookDraft Draft { get; }

    public Dictionary<string, string> Locations { get; } = new(StringComparer.Ordinal);

    public void Read(SheetTable table)
    {
        var headerIndex = table.Rows.ToList().FindIndex(r => !r.IsBlank);
        if (headerIndex < 0)
        {
            _problems.Add(new SheetMessage(table.Source, "the sheet is empty; the first row should name the columns family, focus, level, then one per field"));
            return;
        }

        var header = table.Rows[headerIndex];
        var keys = HeaderColumns.Find(header, ["family", "focus", "level"], [.. Single, .. Names, Complexity, KnowledgeApplication], _mapping, _problems);
        if (keys is null)
        {
            return;
        }

        var repeated = new[] { BookFields.CoreOutputs, BookFields.Responsibilities }.ToDictionary(f => f, f => Repeated(header, _mapping.HeaderFor(f)));
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in table.Rows.Skip(headerIndex + 1).Where(r => !r.IsBlank))
        {
            var family = row[keys["family"]]?.Value;
            var focus = row[keys["focus"]]?.Value;
            var level = row[keys["level"]]?.Value;
            if (family is null || focus is null || level is null)
            {
                _problems.Add(new SheetMessage(row.Location, "the row needs a family, a focus and a level"));
                continue;
            }

            var id = $"{family}.{focus}.{level}";
            if (!seen.TryAdd(id, row.Location))
            {
                _problems.Add(new SheetMessage(row.Location, $"the profile {id} is given twice; it was first given at {seen[id]}, so keep one of them"));
                continue;
            }

            ReadProfile(row, keys, repeated, family, focus, level);
        }
    }

    private void ReadProfile(SheetRow row, HeaderColumns keys, Dictionary<string, List<int>> repeated, string familyCode, string focusCode, string level)
    {
        var at = BookPath.Profile(familyCode, focusCode, level);
        Locations[at] = row.Location;
        if (!Draft.Families.TryGetValue(familyCode, out var family))
        {
            Draft.Families[familyCode] = family = new FamilyDraft(familyCode);
        }

        Locations.TryAdd(BookPath.Family(familyCode), row.Location);
        Locations.TryAdd(BookPath.Focus(familyCode, focusCode), row.Location);
        family.Name = Cell(row, keys, "family_name")?.Value ?? family.Name;
        if (!family.Focuses.TryGetValue(focusCode, out var focus))
        {
            family.Focuses[focusCode] = focus = new FocusDraft(focusCode);
        }

        focus.Name = Cell(row, keys, "focus_name")?.Value ?? focus.Name;
        focus.Description = Cell(row, keys, "focus_description")?.Value ?? focus.Description;
        var profile = focus.Profiles[level] = new ProfileDraft(level);
        foreach (var field in Single)
        {
            if (Cell(row, keys, field) is { } cell)
            {
                profile.Values[field] = cell.Value;
                Locations[BookPath.Of(at, field)] = cell.Location;
            }
        }

        foreach (var (field, columns) in repeated)
        {
            foreach (var cell in columns.Select(c => row[c]).OfType<SheetCell>())
            {
                var parts = _mapping.Separator is { Length: > 0 } separator ? cell.Value.Split(separator) : [cell.Value];
                profile.Rows[field].AddRange(parts.Where(p => p.Length > 0).Select(p => new DraftRowIn(new BookRow(string.Empty, p), cell.Location)));
            }
        }

        foreach (var rubric in new[] { Complexity, KnowledgeApplication })
        {
            if (Cell(row, keys, rubric) is { } cell)
            {
                profile.Rows[BookFields.Rubrics].Add(new DraftRowIn(new BookRow(rubric, cell.Value), cell.Location));
            }
        }
    }

    private static SheetCell? Cell(SheetRow row, HeaderColumns keys, string column) => keys.Has(column) ? row[keys[column]] : null;

    /// <summary>The columns of a repeated field: the name alone, or the name followed by a number, in number order.</summary>
    private static List<int> Repeated(SheetRow header, string name)
    {
        var found = new List<(int Number, int Column)>();
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var text = header.Cells[i]?.Value.Trim();
            if (text is null || !text.StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rest = text[name.Length..].Trim();
            if (rest.Length == 0)
            {
                found.Add((0, i));
            }
            else if (int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                found.Add((number, i));
            }
        }

        return [.. found.OrderBy(f => f.Number).Select(f => f.Column)];
    }
}
