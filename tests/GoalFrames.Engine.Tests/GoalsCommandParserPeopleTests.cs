using GoalFrames.Engine.Commands;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.Engine.Tests;

/// <summary>Lines about a person: a Slack mention (escaped by the slash command, bare in messages) or a Teams mention the adapter wrote in the same form.</summary>
public sealed class GoalsCommandParserPeopleTests
{
    [Theory]
    [InlineData("goals <@U0101|ana> clinops M5 smart", "U0101", "ana")]
    [InlineData("/goals clinops M5 smart <@U0101|ana>", "U0101", "ana")]
    [InlineData("<@U0101> clinops M5 smart", "U0101", "U0101")]
    [InlineData("goals <@29:1aBc-d_E|Ana María López> clinops M5 smart", "29:1aBc-d_E", "Ana María López")]
    public void Parse_AMentionAnywhereInTheLine_IsWhoTheGoalsAreFor(string line, string id, string name)
    {
        var command = Assert.IsType<GoalsCommand.ShowFrames>(GoalsCommandParser.Parse(line));

        Assert.Equal(new DraftSubject(id, name), command.About);
        Assert.Equal([FrameKind.Smart], command.Kinds);
        Assert.Equal("clinops", command.Target.Focus);
    }

    [Theory]
    [InlineData("goals @ana clinops M5 smart", "@ana")]
    [InlineData("/goals clinops M5 smart @Megan", "@Megan")]
    [InlineData("goals @ana", "@ana")]
    [InlineData("goals forget @ana", "@ana")]
    public void Parse_AnAtNameTypedAsText_SaysToPickThePersonSoTheChatSendsAMention(string line, string typed)
    {
        var invalid = Assert.IsType<GoalsCommand.Invalid>(GoalsCommandParser.Parse(line));

        Assert.StartsWith($"'{typed}' is typed text, not a mention: pick the person from the list that opens when you type @", invalid.Reason, StringComparison.Ordinal);
        Assert.Contains("group chat or channel", invalid.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("goals clinops ana@example.com")]
    [InlineData("goals clinops M5 smart")]
    public void Parse_AnAtInsideAWord_IsNotTakenForAName(string line) =>
        Assert.DoesNotContain("not a mention", (GoalsCommandParser.Parse(line) as GoalsCommand.Invalid)?.Reason ?? string.Empty, StringComparison.Ordinal);

    [Theory]
    [InlineData("goals <@U0101|ana>")]
    [InlineData("<@U0101|ana>")]
    [InlineData("goals <@U0101|ana> mine")]
    public void Parse_OnlyAMention_AsksForThatPersonsDrafts(string line)
    {
        var command = Assert.IsType<GoalsCommand.Person>(GoalsCommandParser.Parse(line));

        Assert.Equal("U0101", command.About!.UserId);
        Assert.True(command.IsAboutDrafts);
    }

    [Theory]
    [InlineData("goals forget <@U0101|ana>")]
    [InlineData("forget all <@U0101|ana>")]
    public void Parse_ForgetAPerson_ForgetsEverythingAboutThem(string line)
    {
        var command = Assert.IsType<GoalsCommand.Forget>(GoalsCommandParser.Parse(line));

        Assert.Null(command.Number);
        Assert.Equal("U0101", command.About!.UserId);
    }

    [Theory]
    [InlineData("goals <@U0101|ana> <@U0102|ben> clinops M5 smart", "one person at a time")]
    [InlineData("goals <@U0101|ana> list", "not about one person")]
    [InlineData("goals <@U0101|ana> team", "not about one person")]
    [InlineData("goals <@U0101|ana> forget 2", "not about one person")]
    public void Parse_AMentionWhereItMeansNothing_SaysSo(string line, string reason)
    {
        var invalid = Assert.IsType<GoalsCommand.Invalid>(GoalsCommandParser.Parse(line));

        Assert.Contains(reason, invalid.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AMentionLongerThanAnyPlatformWrites_IsRefused()
    {
        var invalid = Assert.IsType<GoalsCommand.Invalid>(GoalsCommandParser.Parse($"goals <@{new string('U', 300)}|ana> clinops M5"));

        Assert.Contains("not one a chat platform writes", invalid.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("team", 1)]
    [InlineData("goals team 3", 3)]
    public void Parse_Team_GivesThePage(string line, int page) =>
        Assert.Equal(page, Assert.IsType<GoalsCommand.Team>(GoalsCommandParser.Parse(line)).Page);

    [Theory]
    [InlineData("team 0")]
    [InlineData("team two")]
    [InlineData("remind")]
    [InlineData("remind sometimes")]
    public void Parse_TeamOrRemindWithWrongWords_SaysWhatWorks(string line) =>
        Assert.IsType<GoalsCommand.Invalid>(GoalsCommandParser.Parse(line));

    [Theory]
    [InlineData("remind on", true)]
    [InlineData("goals remind OFF", false)]
    public void Parse_Remind_OnOrOff(string line, bool on) =>
        Assert.Equal(on, Assert.IsType<GoalsCommand.Remind>(GoalsCommandParser.Parse(line)).On);
}
