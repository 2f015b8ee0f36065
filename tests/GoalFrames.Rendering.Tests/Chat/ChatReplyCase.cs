using GoalFrames.Engine.Conversation;
using GoalFrames.Engine;

namespace GoalFrames.Rendering.Tests.Chat;

/// <summary>
/// One command as typed, where its reply is shown, the values saved for it, and whether the draft was saved before HR
/// reworded one of its rows and removed another, and whether the goals are about a report (sent to them; in
/// <see cref="ReplyMode.Received"/>, as the report reads them).
/// </summary>
internal sealed record ChatReplyCase(string Name, string Command, ReplyMode Mode = ReplyMode.Private, GoalValues? Values = null, bool Superseded = false, bool AboutAPerson = false);
