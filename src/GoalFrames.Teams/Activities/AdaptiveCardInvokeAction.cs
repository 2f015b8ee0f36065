using System.Text.Json;

namespace GoalFrames.Teams.Activities;

/// <summary>An <c>Action.Execute</c> as the invoke carries it: its verb and its data with the card's input values merged in.</summary>
internal sealed record AdaptiveCardInvokeAction(string? Type, string? Id, string? Verb, JsonElement? Data);
