using System.Globalization;
using System.Text.Json;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>
/// Packs a plan into as few cards as fit the payload budget. Units are never cut: a reply too big for one card continues
/// on the next, each card repeating the title and saying which part it is.
/// </summary>
internal static class CardPacker
{
    private const string WidestPart = "Part 99 of 99 (continued)";

    public static IReadOnlyList<AdaptiveCard> Pack(CardPlan plan)
    {
        var groups = new List<List<CardElement>>();
        var current = new List<CardElement>();
        foreach (var unit in plan.Units)
        {
            // Sized as the widest card it could become: with a part line, the last footer and the refresh a single card carries.
            if (current.Count > 0 && SizeOf(Build(plan, [.. current, unit], WidestPart, last: true) with { Refresh = plan.Refresh }) > AdaptiveCardRenderer.PayloadBudgetBytes)
            {
                groups.Add(current);
                current = [];
            }

            current.Add(unit);
        }

        groups.Add(current);
        return groups.Count == 1
            ? [Build(plan, groups[0], null, last: true) with { Refresh = plan.Refresh }]
            : [.. groups.Select((g, i) => Build(plan, g, Part(i, groups.Count), last: i == groups.Count - 1))];
    }

    public static int SizeOf(AdaptiveCard card) => JsonSerializer.SerializeToUtf8Bytes(card, AdaptiveCardsJsonContext.Default.AdaptiveCard).Length;

    private static string Part(int index, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"Part {index + 1} of {count}{(index > 0 ? " (continued)" : string.Empty)}");

    private static AdaptiveCard Build(CardPlan plan, IReadOnlyList<CardElement> units, string? part, bool last)
    {
        var body = new List<CardElement>(plan.Header);
        if (part is not null)
        {
            body.Add(CardText.Words(part, TextSize.Small, subtle: true));
        }

        body.AddRange(units);
        body.AddRange(plan.EveryCardFooter);
        if (last)
        {
            body.AddRange(plan.LastCardFooter);
        }

        return new AdaptiveCard(AdaptiveCardRenderer.Version, body) { FallbackText = plan.FallbackText };
    }
}
