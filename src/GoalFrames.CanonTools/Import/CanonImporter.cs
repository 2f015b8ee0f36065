using GoalFrames.Canon;
using GoalFrames.CanonTools.Book;
using GoalFrames.CanonTools.Sheets;
using GoalFrames.CanonTools.Yaml;

namespace GoalFrames.CanonTools.Import;

/// <summary>
/// Imports a spreadsheet (<c>.xlsx</c> or <c>.csv</c>) into a canon directory. Every problem is found in one pass and
/// reported at its cell; the canon rules are the loader's own (the YAML is written to a scratch folder and loaded, and
/// each problem is traced back to the cell it came from). Nothing is written unless there are no problems. Importing
/// into an existing canon keeps row ids (<see cref="RowIds"/>) and reports what changed per profile.
/// </summary>
public static class CanonImporter
{
    /// <summary>The file in a canon directory that remembers removed row ids so they are never given to other text.</summary>
    public const string RemovedIdsFile = "removed-ids.txt";

    /// <summary>Imports a spreadsheet.</summary>
    /// <param name="file">The spreadsheet.</param>
    /// <param name="outDirectory">The canon directory to write (an existing canon there gives the ids to keep).</param>
    /// <param name="mapping">How to read the sheet.</param>
    /// <param name="previousDirectory">The canon whose row ids to keep (the published one), or null for <paramref name="outDirectory"/>.</param>
    public static ImportResult Import(string file, string outDirectory, ImportMapping mapping, string? previousDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(outDirectory);
        ArgumentNullException.ThrowIfNull(mapping);
        var table = ReadTable(file, mapping);
        var problems = new List<SheetMessage>(table.Problems);
        var warnings = new List<SheetMessage>(table.Warnings);
        if (table.Rows.Count == 0)
        {
            return new ImportResult(false, problems, warnings, [], null);
        }

        var previous = previousDirectory ?? outDirectory;
        var before = Existing(previous, warnings);
        BookDraft draft;
        Dictionary<string, string> locations;
        if (mapping.Shape == SheetShape.RowPerProfile)
        {
            if (before is null)
            {
                problems.Add(new SheetMessage(outDirectory, "the wide shape (one row per profile) imports profiles into an existing canon, which gives the header, levels and names; --out names a folder without a sound canon. Import the long shape first, or copy a canon there"));
                return new ImportResult(false, problems, warnings, [], null);
            }

            var wide = new WideShapeReader(BookDraft.WithoutProfiles(before), mapping, problems);
            wide.Read(table);
            (draft, locations) = (wide.Draft, wide.Locations);
        }
        else
        {
            var reader = new LongShapeReader(mapping, problems, warnings);
            reader.Read(table);
            (draft, locations) = (reader.Draft, reader.Locations);
        }

        var retired = ReadRetired(previous);
        var changes = AssignIds(draft, locations, before, retired);
        var book = draft.ToBook();
        var files = CanonYamlWriter.Write(book);

        var scratch = Path.Combine(Path.GetTempPath(), "goalframes-import-" + Guid.NewGuid().ToString("N"));
        try
        {
            files.WriteTo(scratch);
            var loaded = CanonLoader.Load(scratch);
            foreach (var problem in loaded.Problems)
            {
                problems.Add(new SheetMessage(LocationOf(problem, files, locations, file), problem.Message));
            }

            if (problems.Count > 0)
            {
                return new ImportResult(false, problems, warnings, changes, null);
            }

            Publish(files, outDirectory, retired);

            // The fingerprint covers file names and bytes, so the published canon's is the scratch copy's.
            return new ImportResult(true, problems, warnings, changes, loaded.Canon?.Fingerprint);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static SheetTable ReadTable(string file, ImportMapping mapping)
    {
        if (!File.Exists(file))
        {
            return new SheetTable(file, [], [new SheetMessage(file, "the file does not exist")], []);
        }

        return Path.GetExtension(file).ToUpperInvariant() switch
        {
            ".XLSX" => XlsxSheetReader.Read(file, mapping.Sheet),
            ".CSV" => CsvSheetReader.Read(file),
            var other => new SheetTable(file, [], [new SheetMessage(file, $"'{other}' files cannot be imported; save the sheet as .xlsx (Excel workbook) or .csv")], []),
        };
    }

    private static CanonBook? Existing(string directory, List<SheetMessage> warnings)
    {
        if (!File.Exists(Path.Combine(directory, CanonLoader.HeaderFile)))
        {
            return null;
        }

        var book = CanonBookReader.ReadUnchecked(directory);
        if (book is null)
        {
            warnings.Add(new SheetMessage(directory, "the canon already there cannot be read, so row ids could not be carried over from it; every row without an id gets a new one"));
        }

        return book;
    }

    private static List<ProfileChanges> AssignIds(BookDraft draft, Dictionary<string, string> locations, CanonBook? before, HashSet<string> retired)
    {
        var old = before?.Families.SelectMany(f => f.Focuses.SelectMany(o => o.Profiles.Select(p => (Id: $"{f.Code}.{o.Code}.{p.Level}", Profile: p))))
            .ToDictionary(p => p.Id, p => p.Profile, StringComparer.Ordinal) ?? [];
        var changes = new List<ProfileChanges>();
        foreach (var family in draft.Families.Values)
        {
            foreach (var (focusCode, focus) in family.Focuses)
            {
                foreach (var (level, profile) in focus.Profiles)
                {
                    var id = $"{family.Code}.{focusCode}.{level}";
                    changes.Add(RowIds.Assign(id, profile, old.GetValueOrDefault(id), retired));
                    old.Remove(id);
                    foreach (var row in profile.Rows.SelectMany(f => f.Value.Select(r => (Field: f.Key, r))))
                    {
                        locations[BookPath.Of(BookPath.Profile(family.Code, focusCode, level), row.Field, row.r.Row.Id)] = row.r.Location;
                    }
                }
            }
        }

        foreach (var (id, profile) in old)
        {
            var rows = BookFields.RowFields.SelectMany(f => profile.Rows(f).Select(r => new RowChange(RowChangeKind.Removed, f, r.Id, r.Text))).ToList();
            changes.Add(new ProfileChanges(id, rows));
            foreach (var row in rows)
            {
                retired.Add(RowIds.RetiredKey(id, row.Field, row.Id));
            }
        }

        return changes;
    }

    private static string LocationOf(CanonProblem problem, CanonFiles files, Dictionary<string, string> locations, string file)
    {
        var path = files.PathAt(problem.File, problem.Line);
        return path is null ? file : BookPath.Ancestry(path).Select(locations.GetValueOrDefault).FirstOrDefault(l => l is not null) ?? file;
    }

    private static HashSet<string> ReadRetired(string directory)
    {
        var path = Path.Combine(directory, RemovedIdsFile);
        return File.Exists(path) ? [.. File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#'))] : new HashSet<string>(StringComparer.Ordinal);
    }

    private static void Publish(CanonFiles files, string directory, HashSet<string> retired)
    {
        var families = Path.Combine(directory, CanonLoader.FamiliesFolder);
        if (Directory.Exists(families))
        {
            foreach (var old in Directory.EnumerateFiles(families, "*.y*ml"))
            {
                File.Delete(old);
            }
        }

        files.WriteTo(directory);
        if (retired.Count > 0)
        {
            File.WriteAllLines(
                Path.Combine(directory, RemovedIdsFile),
                ["# Row ids that were removed; goalframes canon import never gives them to other text.", .. retired.Order(StringComparer.Ordinal)]);
        }
    }
}
