using GoalFrames.Canon;
using GoalFrames.Engine.Commands;
using GoalFrames.Engine.Resolution;
using GoalFrames.Engine.Sheets;

namespace GoalFrames.Engine.Conversation;

/// <summary>Answers <c>/goals</c> commands from one canon snapshot. Shared by Slack, Teams and the command line.</summary>
public sealed class GoalsResponder
{
    private readonly ICanonSource _source;
    private readonly FrameEngine _engine;
    private Resolved _current;

    /// <summary>Creates a responder over a canon that never changes.</summary>
    /// <param name="canon">The canon.</param>
    /// <param name="engine">The frame engine.</param>
    public GoalsResponder(ICanon canon, FrameEngine engine)
        : this(new FixedCanonSource(canon), engine)
    {
    }

    /// <summary>Creates a responder that answers from whatever canon the source serves at the time of each question.</summary>
    /// <param name="source">The canon source.</param>
    /// <param name="engine">The frame engine.</param>
    public GoalsResponder(ICanonSource source, FrameEngine engine)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        _engine = engine;
        _current = new Resolved(source.Current, new ProfileResolver(source.Current));
    }

    /// <summary>The canon the next answer will come from.</summary>
    public ICanon Canon => _source.Current;

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
        var (canon, resolver) = Snapshot();
        return command switch
        {
            GoalsCommand.Help => new GoalsReply.Help(Examples(canon)),
            GoalsCommand.List => new GoalsReply.FamilyList(canon.Families),
            GoalsCommand.ShowFocus show => resolver.FindFocus(show.Focus) switch
            {
                ProfileLookup.FocusFound found => new GoalsReply.FocusLevels(found.Focus, found.Profiles),
                ProfileLookup.Found found => new GoalsReply.ProfileOverview(_engine.Build(canon, found.Profile, FrameKinds.All)),
                var failed => new GoalsReply.NotFound(failed),
            },
            GoalsCommand.ShowProfile show => Lookup(resolver, show.Target) switch
            {
                ProfileLookup.Found found => new GoalsReply.ProfileOverview(_engine.Build(canon, found.Profile, FrameKinds.All)),
                var failed => new GoalsReply.NotFound(failed),
            },
            GoalsCommand.ShowGrowth growth => GrowthAnswer.Respond(canon, resolver, _engine, growth, values),
            GoalsCommand.ShowFrames show when GrowthPair.IsPairId(show.Target.Focus) => GoalsCommandParser.Parse(show.Target.Focus) is GoalsCommand.ShowGrowth growth
                ? GrowthAnswer.Respond(canon, resolver, _engine, growth with { AsText = show.AsText }, values)
                : new GoalsReply.NotFound(resolver.FindById(show.Target.Focus)),
            GoalsCommand.ShowFrames show => Lookup(resolver, show.Target) switch
            {
                ProfileLookup.Found found => new GoalsReply.Frames(_engine.Build(canon, found.Profile, show.Kinds, values), show.Kinds, show.AsText),
                var failed => new GoalsReply.NotFound(failed),
            },
            { IsAboutDrafts: true } => new GoalsReply.Drafts(command),
            GoalsCommand.Invalid invalid => new GoalsReply.Invalid(invalid),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command, null),
        };
    }

    /// <summary>Looks up the profile a command names.</summary>
    /// <param name="target">The target.</param>
    public ProfileLookup Lookup(ProfileTarget target) => Lookup(Snapshot().Resolver, target);

    private static ProfileLookup Lookup(ProfileResolver resolver, ProfileTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Level is null ? resolver.FindFocus(target.Focus) switch
        {
            ProfileLookup.FocusFound found => new ProfileLookup.UnknownLevel(found.Focus, string.Empty, false, found.Profiles),
            var other => other,
        }
        : resolver.Find(target.Focus, target.Level);
    }

    /// <summary>The canon to answer from and its resolver, taken together so one answer never mixes two canons.</summary>
    private Resolved Snapshot()
    {
        var current = Volatile.Read(ref _current);
        var canon = _source.Current;
        if (ReferenceEquals(current.Canon, canon))
        {
            return current;
        }

        current = new Resolved(canon, new ProfileResolver(canon));
        Volatile.Write(ref _current, current);
        return current;
    }

    private sealed record Resolved(ICanon Canon, ProfileResolver Resolver);

    private static List<string> Examples(ICanon canon)
    {
        var profile = canon.Profiles.FirstOrDefault(p => p.CoreOutputs.Count > 0) ?? (canon.Profiles.Count > 0 ? canon.Profiles[0] : null);
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
