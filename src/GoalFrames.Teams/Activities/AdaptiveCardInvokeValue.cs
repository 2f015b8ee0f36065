
namespace GoalFrames.Teams.Activities;

/// <summary>The value of an <c>adaptiveCard/action</c> invoke: the pressed <c>Action.Execute</c> and what triggered it.</summary>
internal sealed record AdaptiveCardInvokeValue(AdaptiveCardInvokeAction? Action, string? Trigger);
