using GoalFrames.Canon;
using GoalFrames.Engine.Checks;
using GoalFrames.Engine.Pieces;
using GoalFrames.Engine.Sheets;
using GoalFrames.Engine.Templates;

namespace GoalFrames.Engine.Tests;

/// <summary>
/// Proves the promise for one sheet: every piece is canon text found verbatim at its cited address, catalogue text,
/// a placeholder, or one of the values the manager gave; every omission names the canon field it lacks; every check
/// finding about the sheet is fixed check wording with placeholder markers of the goal's own slots, never goal text.
/// </summary>
internal static class FidelityChecker
{
    public static IReadOnlyList<string> Check(ICanon canon, GoalSheet sheet, IReadOnlyDictionary<(string Item, string Slot), string>? values = null)
    {
        var failures = new List<string>();
        var itemLines = sheet.Sections.SelectMany(s => s.Items).SelectMany(i => i.Lines).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var line in sheet.Lines.Where(l => !itemLines.Contains(l)))
        {
            CheckLine(canon, line, null, values, failures);
        }

        foreach (var item in sheet.Sections.SelectMany(s => s.Items))
        {
            foreach (var line in item.Lines)
            {
                CheckLine(canon, line, item.Key, values, failures);
            }

            if (canon.FindText(item.Basis.Ref) != item.Basis.Text)
            {
                failures.Add($"{item.Key}: basis {item.Basis.Ref} is not canon text");
            }

            if (sheet.Growth is null ? !item.Headline.Pieces.OfType<CanonPiece>().Any() : !item.Lines.SelectMany(l => l.Pieces).OfType<CanonPiece>().Any())
            {
                failures.Add($"{item.Key}: {(sheet.Growth is null ? "headline" : "item")} has no canon text");
            }
        }

        foreach (var omission in sheet.Omissions)
        {
            if (string.IsNullOrWhiteSpace(omission.MissingField) || string.IsNullOrWhiteSpace(omission.Reason))
            {
                failures.Add($"omission without a missing field or reason: {omission}");
            }
        }

        CheckFindings(sheet, failures);
        return failures;
    }

    /// <summary>The checks' findings: only the catalogue's <c>check.*</c> wording and markers of the goal's own blanks.</summary>
    private static void CheckFindings(GoalSheet sheet, List<string> failures)
    {
        var checks = GoalChecker.Check(sheet);
        var items = sheet.Sections.SelectMany(s => s.Items).ToDictionary(i => i.Key, StringComparer.Ordinal);
        var findings = checks.Sections.SelectMany(s => s.Goals).SelectMany(g => g.Findings.Select(f => (Item: (string?)g.ItemKey, Finding: f)))
            .Concat(checks.Notes.Select(f => (Item: (string?)null, Finding: f)));
        foreach (var (itemKey, finding) in findings)
        {
            var slots = itemKey is null ? [] : items[itemKey].Slots.Select(s => s.Slot).ToHashSet(StringComparer.Ordinal);
            foreach (var slot in finding.Slots.Where(s => !slots.Contains(s)))
            {
                failures.Add($"check {finding.Code} of {itemKey} names slot {slot}, which the goal does not have");
            }

            foreach (var piece in finding.Message.Pieces)
            {
                var sound = piece switch
                {
                    TemplatePiece template => template.TemplateName.StartsWith("check.", StringComparison.Ordinal) && TemplateCatalogue.Contains(template.TemplateName, template.Text),
                    PlaceholderPiece placeholder => placeholder.Text == placeholder.Kind.Marker() && slots.Contains(placeholder.Slot),
                    _ => false,
                };
                if (!sound)
                {
                    failures.Add($"check {finding.Code} of {itemKey ?? "the sheet"}: '{Short(piece.Text)}' ({piece.GetType().Name}) is not check wording or a marker of the goal's blanks");
                }
            }
        }
    }

    private static void CheckLine(ICanon canon, Line line, string? itemKey, IReadOnlyDictionary<(string, string), string>? values, List<string> failures)
    {
        foreach (var piece in line.Pieces)
        {
            switch (piece)
            {
                case CanonPiece canonPiece:
                    var actual = canon.FindText(canonPiece.Row.Ref);
                    if (!string.Equals(actual, canonPiece.Text, StringComparison.Ordinal))
                    {
                        failures.Add($"canon piece '{Short(canonPiece.Text)}' is not the text at {canonPiece.Row.Ref} ('{Short(actual)}')");
                    }

                    break;
                case TemplatePiece template:
                    if (!TemplateCatalogue.Contains(template.TemplateName, template.Text))
                    {
                        failures.Add($"template piece '{Short(template.Text)}' is not in catalogue template {template.TemplateName}");
                    }

                    break;
                case PlaceholderPiece placeholder:
                    if (placeholder.Text != placeholder.Kind.Marker() || string.IsNullOrEmpty(placeholder.Slot))
                    {
                        failures.Add($"placeholder '{placeholder.Text}' is malformed");
                    }

                    break;
                case UserValuePiece value:
                    if (itemKey is null || values is null || !values.TryGetValue((itemKey, value.Slot), out var given) || given != value.Value)
                    {
                        failures.Add($"value '{Short(value.Value)}' in {itemKey}/{value.Slot} was not given by the manager");
                    }

                    break;
                default:
                    failures.Add($"unknown piece kind {piece.GetType().Name}");
                    break;
            }
        }
    }

    private static string Short(string? text) => text is null ? "(none)" : text.Length <= 60 ? text : text[..60] + "…";
}
