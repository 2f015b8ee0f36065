using GoalFrames.Engine.Drafts;

namespace GoalFrames.Slack.Interactivity;

/// <summary>Where a Slack interaction happened, for carrying out its outcome.</summary>
/// <param name="Owner">Who pressed (from the signed payload).</param>
/// <param name="ResponseUrl">The interaction's response_url, when it has one.</param>
/// <param name="TriggerId">The trigger for opening a dialog, when it has one.</param>
/// <param name="Channel">The channel of the pressed message (or of the message a dialog was opened from).</param>
/// <param name="Ts">The timestamp of that message.</param>
/// <param name="Ephemeral">True when the pressed message is ephemeral.</param>
internal sealed record SlackPlace(DraftOwner Owner, Uri? ResponseUrl, string? TriggerId, string? Channel, string? Ts, bool Ephemeral);
