using GoalFrames.Canon;
using GoalFrames.Engine.Commands;
using GoalFrames.Engine.Resolution;

namespace GoalFrames.Engine.Conversation;

/// <summary>
/// Answers a growth command: finds the focus and the two levels, and says clearly what is wrong when it cannot (an
/// unknown level, the same level twice, no level above on that track). Missing profiles are no error: the level
/// dimensions still compare, and the frame's ledger says which profile is missing.
/// </summary>
internal static class GrowthAnswer
{
    public static GoalsReply Respond(ICanon canon, ProfileResolver resolver, FrameEngine engine, GoalsCommand.ShowGrowth command, GoalValues? values)
    {
        var target = command.Target;
        var focus = resolver.FindFocus(target.Focus) switch
        {
            ProfileLookup.FocusFound found => found.Focus,
            ProfileLookup.Found found => found.Profile.Focus,
            _ => null,
        };
        if (focus is null)
        {
            return new GoalsReply.NotFound(resolver.FindFocus(target.Focus));
        }

        var word = resolver.WordFor(focus);
        if (resolver.FindLevel(target.From) is not { } from)
        {
            return Invalid(target, UnknownLevel(canon, target.From));
        }

        Level? to;
        if (target.To is null)
        {
            to = resolver.NextLevelUp(from);
            if (to is null)
            {
                return Invalid(target, $"{from.Code} ({from.Title}) is the top of the {TrackName(from)}, so there is no level above it to grow toward; name both levels, e.g. 'goals {word} {from.Code}..<level>'");
            }
        }
        else if ((to = resolver.FindLevel(target.To)) is null)
        {
            return Invalid(target, UnknownLevel(canon, target.To));
        }

        if (from == to)
        {
            var other = resolver.NextLevelUp(from) ?? canon.Levels.FirstOrDefault(l => l != from);
            return Invalid(target, $"{target.From}..{target.To} names {from.Code} twice; growth compares two different levels{(other is null ? string.Empty : $", e.g. 'goals {word} {from.Code}..{other.Code}'")}");
        }

        return new GoalsReply.Frames(engine.BuildGrowth(canon, focus, from, to, values), [FrameKind.Growth], command.AsText);
    }

    private static string UnknownLevel(ICanon canon, string word) =>
        $"there is no level '{word}' in this canon; its levels are {string.Join(", ", canon.Levels.Select(l => l.Code))}";

    private static string TrackName(Level level) =>
        level.Track == LevelTrack.Other ? "its track" : $"{level.Track.ToString().ToLowerInvariant()} track";

    private static GoalsReply.Invalid Invalid(GrowthTarget target, string reason) =>
        new(new GoalsCommand.Invalid($"goals {target}", reason));
}
