using GoalFrames.Engine.Commands;

namespace GoalFrames.Engine.Tests.Growth;

public sealed class GrowthGrammarTests
{
    [Theory]
    [InlineData("goals clinops M4..M5", "clinops", "M4", "M5", false)]
    [InlineData("/goals clinops m4..m5 growth", "clinops", "m4", "m5", false)]
    [InlineData("goals clinops M4 .. M5 text", "clinops", "M4", "M5", true)]
    [InlineData("goals clinops M4..M5 growth text", "clinops", "M4", "M5", true)]
    [InlineData("goals M4..M5 clinops", "clinops", "M4", "M5", false)]
    [InlineData("goals clinops M4 growth", "clinops", "M4", null, false)]
    [InlineData("goals M4 clinops growth", "clinops", "M4", null, false)]
    [InlineData("goals clinops director growth", "clinops", "director", null, false)]
    [InlineData("goals clinops senior manager growth", "clinops", "senior manager", null, false)]
    [InlineData("goals clinops senior manager..senior director", "clinops", "senior manager", "senior director", false)]
    [InlineData("goals clinops director..senior director text", "clinops", "director", "senior director", true)]
    [InlineData("goals CLINICAL3CD6 M4..M5", "CLINICAL3CD6", "M4", "M5", false)]
    [InlineData("goals CLINIC1.CLINICAL3CD6 P6..M4", "CLINIC1.CLINICAL3CD6", "P6", "M4", false)]
    [InlineData("goals CLINIC1.CLINICAL3CD6.M4..M5", "CLINIC1.CLINICAL3CD6", "M4", "M5", false)]
    [InlineData("goals CLINIC1.CLINICAL3CD6.M4..CLINIC1.CLINICAL3CD6.M5 text", "CLINIC1.CLINICAL3CD6", "M4", "M5", true)]
    [InlineData("goals CLINIC1.CLINICAL3CD6.M4 growth", "CLINIC1.CLINICAL3CD6", "M4", null, false)]
    public void Parse_GrowthForms_GiveTheFocusAndBothLevels(string input, string focus, string from, string? to, bool asText)
    {
        var command = Assert.IsType<GoalsCommand.ShowGrowth>(GoalsCommandParser.Parse(input));

        Assert.Equal(new GrowthTarget(focus, from, to), command.Target);
        Assert.Equal(asText, command.AsText);
    }

    [Theory]
    [InlineData("goals M4..M5", "say which focus 'M4..M5' is for")]
    [InlineData("goals growth", "say which focus and level to grow from")]
    [InlineData("goals clinops growth", "say which level of 'clinops' to grow from")]
    [InlineData("goals clinops M4..M5 smart", "'smart' is a framework of one level")]
    [InlineData("goals clinops M4..M5 all", "'all' is a framework of one level")]
    [InlineData("goals clinops M4 smart growth", "'smart' is a framework of one level")]
    [InlineData("goals clinops M4.. ", "'M4..' is not two levels")]
    [InlineData("goals clinops M4..M5..M6", "'M4..M5..M6' is not two levels")]
    [InlineData("goals clinops M4..M5 extra", "too many words after 'M4..M5'")]
    [InlineData("goals CLINIC1.CLINICAL3CD6.M4..AGILE1.GEN.P1", "growth compares two levels of one focus")]
    public void Parse_BrokenGrowthForms_SayWhatIsWrong(string input, string reason)
    {
        var invalid = Assert.IsType<GoalsCommand.Invalid>(GoalsCommandParser.Parse(input));

        Assert.StartsWith(reason, invalid.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("goals clinops M5 all", 4)]
    [InlineData("goals clinops M5 all text", 4)]
    public void Parse_All_StaysTheFourFrameworksOfOneProfile(string input, int count)
    {
        var command = Assert.IsType<GoalsCommand.ShowFrames>(GoalsCommandParser.Parse(input));

        Assert.Equal(count, command.Kinds.Count);
        Assert.DoesNotContain(FrameKind.Growth, command.Kinds);
    }
}
