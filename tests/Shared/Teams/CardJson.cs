using System.Text.Json;
using System.Text.Json.Nodes;

namespace GoalFrames.Testing;

/// <summary>Reads cards as a user sees them: their texts, inputs and buttons.</summary>
internal static class CardJson
{
    public static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        yield return element;
        var children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(p => p.Value),
            JsonValueKind.Array => element.EnumerateArray(),
            _ => [],
        };
        foreach (var child in children)
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }

    public static IReadOnlyList<JsonElement> OfType(JsonElement card, string type) =>
        [.. Descendants(card).Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == type)];

    public static string AllText(JsonElement card) => string.Join("\n", Descendants(card)
        .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
        .Select(e => e.GetProperty("text").GetString()));

    public static IReadOnlyList<string> ButtonTitles(JsonElement card) => [.. OfType(card, "Action.Execute").Select(a => a.GetProperty("title").GetString()!)];

    /// <summary>The data of the card's <c>Action.Execute</c> with this verb, as the client would send it.</summary>
    public static JsonObject ExecuteData(JsonElement card, string verb) =>
        JsonNode.Parse(OfType(card, "Action.Execute").First(a => a.GetProperty("verb").GetString() == verb).GetProperty("data").GetRawText())!.AsObject();

    /// <summary>The card's <c>Action.Execute</c> button with this title.</summary>
    public static JsonElement Button(JsonElement card, string title) =>
        OfType(card, "Action.Execute").First(a => a.GetProperty("title").GetString() == title);

    /// <summary>The data a press of the button with this title sends, as Teams sends it: the button's data with every input of the card as shown.</summary>
    public static JsonObject Pressed(JsonElement card, string title)
    {
        var data = JsonNode.Parse(Button(card, title).GetProperty("data").GetRawText())!.AsObject();
        foreach (var input in OfType(card, "Input.Text").Concat(OfType(card, "Input.Date")))
        {
            data[input.GetProperty("id").GetString()!] = input.TryGetProperty("value", out var value) ? value.GetString() : string.Empty;
        }

        return data;
    }

    public static string? InputValue(JsonElement card, string id) => Descendants(card)
        .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String && i.GetString() == id)
        .Select(e => e.TryGetProperty("value", out var v) ? v.GetString() : null)
        .FirstOrDefault();
}
