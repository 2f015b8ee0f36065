using GoalFrames.Engine.Commands;

namespace GoalFrames.Engine.Tests;

public sealed class GoalsCommandParserTests
{
    [Theory]
    [InlineData("", typeof(GoalsCommand.Help))]
    [InlineData("/goals", typeof(GoalsCommand.Help))]
    [InlineData("goals HELP", typeof(GoalsCommand.Help))]
    [InlineData("list", typeof(GoalsCommand.List))]
    [InlineData("Mine", typeof(GoalsCommand.Mine))]
    [InlineData("clinops", typeof(GoalsCommand.ShowFocus))]
    [InlineData("clinops M5", typeof(GoalsCommand.ShowProfile))]
    [InlineData("CLINIC1.CLINICAL3CD6.M5", typeof(GoalsCommand.ShowProfile))]
    [InlineData("clinops m5 smart", typeof(GoalsCommand.ShowFrames))]
    [InlineData("CLINIC1.CLINICAL3CD6.M5 okr", typeof(GoalsCommand.ShowFrames))]
    [InlineData("clinops M5 all text", typeof(GoalsCommand.ShowFrames))]
    [InlineData("clinops M5 text", typeof(GoalsCommand.ShowFrames))]
    [InlineData("clinops M5 smarts", typeof(GoalsCommand.Invalid))]
    [InlineData("clinops smart", typeof(GoalsCommand.Invalid))]
    [InlineData("clinops M5 smart extra", typeof(GoalsCommand.Invalid))]
    [InlineData("forget", typeof(GoalsCommand.Invalid))]
    [InlineData("forget 0", typeof(GoalsCommand.Invalid))]
    [InlineData("hi", typeof(GoalsCommand.Help))]
    [InlineData("Hello!", typeof(GoalsCommand.Help))]
    [InlineData("hey there", typeof(GoalsCommand.Help))]
    [InlineData("help me", typeof(GoalsCommand.Help))]
    [InlineData("help me please", typeof(GoalsCommand.Help))]
    [InlineData("Thanks!", typeof(GoalsCommand.Help))]
    [InlineData("thank you goalframes", typeof(GoalsCommand.Help))]
    [InlineData("good morning", typeof(GoalsCommand.Help))]
    [InlineData("what can you do?", typeof(GoalsCommand.Help))]
    [InlineData("/goals hi", typeof(GoalsCommand.Help))]
    [InlineData("hiking", typeof(GoalsCommand.ShowFocus))]
    [InlineData("clinops senior director", typeof(GoalsCommand.ShowProfile))]
    [InlineData("clinops senior director smart", typeof(GoalsCommand.ShowFrames))]
    [InlineData("clinops M5 smart okr", typeof(GoalsCommand.Invalid))]
    public void Parse_Input_GivesCommand(string input, Type expected)
    {
        Assert.IsType(expected, GoalsCommandParser.Parse(input));
    }

    [Fact]
    public void Parse_Frames_KeepsTargetKindsAndTextFlag()
    {
        var command = Assert.IsType<GoalsCommand.ShowFrames>(GoalsCommandParser.Parse("  /goals   ClinOps  M5  SCORECARD  text "));

        Assert.Equal(new ProfileTarget("ClinOps", "M5"), command.Target);
        Assert.Equal([FrameKind.Scorecard], command.Kinds);
        Assert.True(command.AsText);
    }

    [Theory]
    [InlineData("clinops senior director", "senior director", null, false)]
    [InlineData("ClinOps Senior Director OKR text", "Senior Director", FrameKind.Okr, true)]
    [InlineData("agile vice-president all", "vice-president", null, false)]
    [InlineData("clinops M5 smart", "M5", FrameKind.Smart, false)]
    public void Parse_LevelByTitle_KeepsTheWholeTitleAsTheLevel(string input, string level, FrameKind? kind, bool asText)
    {
        var command = GoalsCommandParser.Parse(input);

        var target = command switch
        {
            GoalsCommand.ShowProfile profile => profile.Target,
            GoalsCommand.ShowFrames frames => frames.Target,
            _ => throw new Xunit.Sdk.XunitException($"'{input}' parsed as {command}"),
        };
        Assert.Equal(level, target.Level);
        if (command is GoalsCommand.ShowFrames shown)
        {
            Assert.Equal(kind is null ? FrameKinds.All : [kind.Value], shown.Kinds);
            Assert.Equal(asText, shown.AsText);
        }
    }

    [Theory]
    [InlineData("clinops M5 smarts", "'smarts' is not a framework")]
    [InlineData("clinops M5 smart okr", "too many words after 'clinops M5'")]
    [InlineData("clinops smart", "say which level of 'clinops' first")]
    public void Parse_WordsThatAreNoLevel_SayWhatIsWrong(string input, string reason)
    {
        var invalid = Assert.IsType<GoalsCommand.Invalid>(GoalsCommandParser.Parse(input));

        Assert.Contains(reason, invalid.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LevelBeforeFocus_IsUnderstood()
    {
        var command = Assert.IsType<GoalsCommand.ShowFrames>(GoalsCommandParser.Parse("M5 clinops okr"));

        Assert.Equal(new ProfileTarget("clinops", "M5"), command.Target);
    }

    [Fact]
    public void Parse_All_AsksForEveryFrameworkInOrder()
    {
        var command = Assert.IsType<GoalsCommand.ShowFrames>(GoalsCommandParser.Parse("clinops M5 all"));

        Assert.Equal(FrameKinds.All, command.Kinds);
        Assert.False(command.AsText);
    }

    [Theory]
    [InlineData("forget 3", 3)]
    [InlineData("forget all", null)]
    public void Parse_Forget_ReadsNumberOrAll(string input, int? expected)
    {
        Assert.Equal(expected, Assert.IsType<GoalsCommand.Forget>(GoalsCommandParser.Parse(input)).Number);
    }

    [Fact]
    public void Parse_FrameworkWithoutLevel_ExplainsWhatToType()
    {
        var invalid = Assert.IsType<GoalsCommand.Invalid>(GoalsCommandParser.Parse("clinops smart"));

        Assert.Contains("goals clinops M5 smart", invalid.Reason, StringComparison.Ordinal);
    }
}
