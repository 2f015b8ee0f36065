using GoalFrames.Canon;
using GoalFrames.CanonTools.Book;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.CanonTools.Diff;

/// <summary>
/// Compares two canons: per profile, rows added, removed, reworded (same id, new text) and re-ordered, and header
/// changes; level changes; family and focus names. Given saved drafts, counts for each change the drafts it would mark
/// superseded, by the chat's own drift rules (<see cref="DraftDrift"/>).
/// </summary>
public static class CanonDiffer
{
    /// <summary>Compares two canons.</summary>
    /// <param name="oldBook">The old canon's book.</param>
    /// <param name="oldCanon">The old canon, loaded.</param>
    /// <param name="newBook">The new canon's book.</param>
    /// <param name="newCanon">The new canon, loaded.</param>
    /// <param name="drafts">Saved drafts to check, or null.</param>
    public static CanonDiff Compare(CanonBook oldBook, ICanon oldCanon, CanonBook newBook, ICanon newCanon, IReadOnlyList<Draft>? drafts = null)
    {
        ArgumentNullException.ThrowIfNull(oldBook);
        ArgumentNullException.ThrowIfNull(newBook);
        var changes = new List<CanonChange>();
        Values(changes, "canon", [(BookFields.Name, oldBook.Header.Name), (BookFields.Version, oldBook.Header.Version)], [(BookFields.Name, newBook.Header.Name), (BookFields.Version, newBook.Header.Version)]);
        Values(changes, "canon", CycleValues(oldBook.Header), CycleValues(newBook.Header), BookFields.ReviewCycle);
        Levels(changes, oldBook.Levels, newBook.Levels);
        Families(changes, oldBook.Families, newBook.Families);
        if (drafts is null)
        {
            return new CanonDiff(changes, null);
        }

        var touched = DraftImpact.Count(drafts, oldCanon, newCanon);
        return new CanonDiff(
            [.. changes.Select(c => c.DraftKey is { } key && touched.TryGetValue(key, out var n) ? c with { DraftsTouched = n } : c)],
            drafts.Count);
    }

    private static void Levels(List<CanonChange> changes, IReadOnlyList<BookLevel> before, IReadOnlyList<BookLevel> after)
    {
        var old = before.ToDictionary(l => l.Code, StringComparer.Ordinal);
        foreach (var level in after)
        {
            if (!old.Remove(level.Code, out var was))
            {
                changes.Add(new CanonChange(level.Code, ChangeKind.Added, "level", string.Empty, null, level.Title));
                continue;
            }

            Values(changes, level.Code, LevelValues(was), LevelValues(level), field => field == BookFields.Title ? $"{level.Code}/name/{CanonNames.LevelTitle}" : null);
            Rows(changes, level.Code, BookFields.Dimensions, was.Dimensions, level.Dimensions, id => $"{level.Code}/dimensions/{id}");
        }

        changes.AddRange(old.Values.Select(l => new CanonChange(l.Code, ChangeKind.Removed, "level", string.Empty, l.Title, null)));
    }

    private static (string, string?)[] LevelValues(BookLevel l) =>
        [(BookFields.Title, l.Title), (BookFields.Track, l.Track), (BookFields.Rank, l.Rank), (BookFields.TypicalYears, l.TypicalYears), (BookFields.Summary, l.Summary)];

    private static void Families(List<CanonChange> changes, IReadOnlyList<BookFamily> before, IReadOnlyList<BookFamily> after)
    {
        var oldFocuses = before.SelectMany(f => f.Focuses.Select(o => (Key: $"{f.Code}.{o.Code}", Family: f, Focus: o))).ToDictionary(x => x.Key, StringComparer.Ordinal);
        var oldFamilies = before.ToDictionary(f => f.Code, StringComparer.Ordinal);
        foreach (var family in after)
        {
            if (oldFamilies.Remove(family.Code, out var was))
            {
                Values(changes, family.Code, [(BookFields.Name, was.Name)], [(BookFields.Name, family.Name)], _ => $"{family.Code}/name/{CanonNames.FamilyName}");
            }
            else
            {
                changes.Add(new CanonChange(family.Code, ChangeKind.Added, "family", string.Empty, null, family.Name));
            }

            foreach (var focus in family.Focuses)
            {
                var key = $"{family.Code}.{focus.Code}";
                if (oldFocuses.Remove(key, out var old))
                {
                    Values(changes, key, FocusValues(old.Focus), FocusValues(focus), field => field == BookFields.Name ? $"{key}/name/{CanonNames.FocusName}" : null);
                    Profiles(changes, key, old.Focus.Profiles, focus.Profiles);
                }
                else
                {
                    changes.Add(new CanonChange(key, ChangeKind.Added, "focus", string.Empty, null, focus.Name));
                    Profiles(changes, key, [], focus.Profiles);
                }
            }
        }

        foreach (var (key, old) in oldFocuses)
        {
            changes.Add(new CanonChange(key, ChangeKind.Removed, "focus", string.Empty, old.Focus.Name, null));
            Profiles(changes, key, old.Focus.Profiles, []);
        }

        changes.AddRange(oldFamilies.Values.Select(f => new CanonChange(f.Code, ChangeKind.Removed, "family", string.Empty, f.Name, null)));
    }

    /// <summary>The review cycle's values by key (absent keys null), so a cycle added, removed or moved shows key by key.</summary>
    private static (string, string?)[] CycleValues(BookHeader header) =>
        [.. BookFields.ReviewCycleKeys.Select(key => (key, header.ReviewCycle.FirstOrDefault(v => v.Id == key)?.Text))];

    private static (string, string?)[] FocusValues(BookFocus f) =>
        [(BookFields.Name, f.Name), (BookFields.Description, f.Description), (BookFields.Aliases, string.Join(", ", f.Aliases))];

    private static void Profiles(List<CanonChange> changes, string focusKey, IReadOnlyList<BookProfile> before, IReadOnlyList<BookProfile> after)
    {
        var old = before.ToDictionary(p => p.Level, StringComparer.Ordinal);
        foreach (var profile in after)
        {
            var id = $"{focusKey}.{profile.Level}";
            if (!old.Remove(profile.Level, out var was))
            {
                changes.Add(new CanonChange(id, ChangeKind.Added, "profile", string.Empty, null, profile.Title ?? profile.Level));
                continue;
            }

            Values(changes, id, ProfileValues(was), ProfileValues(profile), field => field == BookFields.Title ? $"{id}/name/{CanonNames.ProfileTitle}" : null);
            foreach (var field in BookFields.RowFields)
            {
                Rows(changes, id, field, was.Rows(field), profile.Rows(field), rowId => $"{id}/{field}/{rowId}");
            }
        }

        foreach (var gone in old.Values)
        {
            var id = $"{focusKey}.{gone.Level}";
            changes.Add(new CanonChange(id, ChangeKind.Removed, "profile", string.Empty, gone.Title ?? gone.Level, null));
            foreach (var field in BookFields.RowFields)
            {
                changes.AddRange(gone.Rows(field).Select(r => new CanonChange(id, ChangeKind.Removed, field, r.Id, r.Text, null) { DraftKey = $"{id}/{field}/{r.Id}" }));
            }
        }
    }

    private static (string, string?)[] ProfileValues(BookProfile p) =>
        [(BookFields.Title, p.Title), (BookFields.Status, p.Status), (BookFields.Version, p.Version), (BookFields.Sample, p.Sample ? "true" : null), (BookFields.Provenance, p.Provenance)];

    private static void Rows(List<CanonChange> changes, string owner, string field, IReadOnlyList<BookRow> before, IReadOnlyList<BookRow> after, Func<string, string> key) =>
        changes.AddRange(ListDiff.Rows(before, after).Select(d => new CanonChange(owner, d.Kind, field, d.Id, d.Old, d.New) { DraftKey = key(d.Id) }));

    private static void Values(List<CanonChange> changes, string owner, (string Field, string? Value)[] before, (string Field, string? Value)[] after, Func<string, string?>? key = null) =>
        Values(changes, owner, before, after, field: null, key);

    /// <summary>Single values that changed; with <paramref name="field"/>, each value's own name is its id under that field.</summary>
    private static void Values(List<CanonChange> changes, string owner, (string Field, string? Value)[] before, (string Field, string? Value)[] after, string? field, Func<string, string?>? key = null)
    {
        for (var i = 0; i < after.Length; i++)
        {
            var (name, value) = after[i];
            var old = before[i].Value;
            if (string.Equals(old, value, StringComparison.Ordinal))
            {
                continue;
            }

            var kind = old is null ? ChangeKind.Added : value is null ? ChangeKind.Removed : ChangeKind.Reworded;
            changes.Add(new CanonChange(owner, kind, field ?? name, field is null ? string.Empty : name, old, value) { DraftKey = key?.Invoke(name) });
        }
    }
}
