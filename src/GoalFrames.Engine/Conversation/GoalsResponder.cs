using GoalFrames.Canon;
using GoalFrames.Engine.Commands;
using GoalFrames.Engine.Resolution;

namespace GoalFrames.Engine.Conversation;

/// <summary>Answers <c>/goals</c> commands from one canon snapshot. Shared by Slack, Teams and the command line.</summary>
public sealed class GoalsResponder
{
    private readonly ICanon _canon;
    private readonly FrameEngine _engine;
    private readonly ProfileResolver _resolver;

    /// <summary>Creates a responder over a canon.</summary>
    /// <param name="canon">The canon.</param>
    /// <param name="engine">The frame engine.</param>
    public GoalsResponder(ICanon canon, FrameEngine engine)
    {
        _canon = canon;
        _engine = engine;
        _resolver = new ProfileResolver(canon);
    }

    /// <summary>Parses a line and answers it.</summary>
    /// <param name="input">What the user typed.</param>
    /// <param name="values">The manager's values to fill in, if any.</param>
    public GoalsReply Respond(string? input, GoalValues? values = null) => Respond(GoalsCommandParser.Parse(input), values);

    /// <summary>Answers a parsed command.</summary>
    /// <param name="command">The command.</param>
    /// <param name="values">The manager's values to fill in, if any.</param>
    public GoalsReply Respond(GoalsCommand command, GoalValues? values = null)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command switch
        {
            GoalsCommand.Help => new GoalsReply.Help(Examples()),
            GoalsCommand.List => new GoalsReply.FamilyList(_canon.Families),
            GoalsCommand.ShowFocus show => _resolver.FindFocus(show.Focus) switch
            {
                ProfileLookup.FocusFound found => new GoalsReply.FocusLevels(found.Focus, found.Profiles),
                ProfileLookup.Found found => new GoalsReply.ProfileOverview(_engine.Build(_canon, found.Profile, FrameKinds.All)),
                var failed => new GoalsReply.NotFound(failed),
            },
            GoalsCommand.ShowProfile show => Lookup(show.Target) switch
            {
                ProfileLookup.Found found => new GoalsReply.ProfileOverview(_engine.Build(_canon, found.Profile, FrameKinds.All)),
                var failed => new GoalsReply.NotFound(failed),
            },
            GoalsCommand.ShowFrames show => Lookup(show.Target) switch
            {
                ProfileLookup.Found found => new GoalsReply.Frames(_engine.Build(_canon, found.Profile, show.Kinds, values), show.Kinds, show.AsText),
                var failed => new GoalsReply.NotFound(failed),
            },
            GoalsCommand.Mine or GoalsCommand.Forget => new GoalsReply.Drafts(command),
            GoalsCommand.Invalid invalid => new GoalsReply.Invalid(invalid),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command, null),
        };
    }

    /// <summary>Looks up the profile a command names.</summary>
    /// <param name="target">The target.</param>
    public ProfileLookup Lookup(ProfileTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Level is null ? _resolver.FindFocus(target.Focus) switch
        {
            ProfileLookup.FocusFound found => new ProfileLookup.UnknownLevel(found.Focus, string.Empty, false, found.Profiles),
            var other => other,
        }
        : _resolver.Find(target.Focus, target.Level);
    }

    private List<string> Examples()
    {
        var profile = _canon.Profiles.FirstOrDefault(p => p.CoreOutputs.Count > 0) ?? (_canon.Profiles.Count > 0 ? _canon.Profiles[0] : null);
        if (profile is null)
        {
            return ["goals list"];
        }

        var word = profile.Focus.Aliases.Count > 0 ? profile.Focus.Aliases[0] : profile.Focus.Key;
        return
        [
            $"goals {word}",
            $"goals {word} {profile.Level.Code}",
            $"goals {word} {profile.Level.Code} smart",
            $"goals {profile.Id} okr",
            $"goals {word} {profile.Level.Code} all text",
            "goals list",
        ];
    }
}
