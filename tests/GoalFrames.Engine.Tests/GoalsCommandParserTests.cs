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
