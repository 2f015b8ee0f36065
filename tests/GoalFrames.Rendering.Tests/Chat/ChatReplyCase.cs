using GoalFrames.Engine;
using GoalFrames.Rendering.Chat;

namespace GoalFrames.Rendering.Tests.Chat;

/// <summary>One command as typed, where its reply is shown, and the values saved for it.</summary>
internal sealed record ChatReplyCase(string Name, string Command, ReplyMode Mode = ReplyMode.Private, GoalValues? Values = null);
