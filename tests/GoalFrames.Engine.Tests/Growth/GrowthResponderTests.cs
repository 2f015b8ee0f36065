using GoalFrames.Canon;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Resolution;
using GoalFrames.Testing;

namespace GoalFrames.Engine.Tests.Growth;

public sealed class GrowthResponderTests
{
    private static readonly CanonSnapshot Sample = CanonLoader.LoadOrThrow(RepoPaths.SampleCanon);

    [Theory]
    [InlineData("goals clinops M4..M5", "CLINIC1.CLINICAL3CD6.M4..M5")]
    [InlineData("goals clinops M4 growth", "CLINIC1.CLINICAL3CD6.M4..M5")]
    [InlineData("goals clinops director growth", "CLINIC1.CLINICAL3CD6.M4..M5")]
    [InlineData("goals clinops director..senior director", "CLINIC1.CLINICAL3CD6.M4..M5")]
    [InlineData("goals CLINIC1.CLINICAL3CD6.P6..M4", "CLINIC1.CLINICAL3CD6.P6..M4")]
    [InlineData("goals clinops P7 growth", "CLINIC1.CLINICAL3CD6.P7..P7")]
    [InlineData("goals agile S4 growth", "AGILE1.GEN.S4..S5")]
    [InlineData("goals clinops m5..m4", "CLINIC1.CLINICAL3CD6.M5..M4")]
    public void Respond_Growth_ComparesTheTwoLevels(string input, string pairId)
    {
        var reply = new GoalsResponder(Sample, new FrameEngine()).Respond(input);

        if (pairId.EndsWith("P7..P7", StringComparison.Ordinal))
        {
            Assert.StartsWith("P7 (Distinguished) is the top of the professional track", Assert.IsType<GoalsReply.Invalid>(reply).Command.Reason, StringComparison.Ordinal);
            return;
        }

        var frames = Assert.IsType<GoalsReply.Frames>(reply);
        Assert.Equal([FrameKind.Growth], frames.Kinds);
        Assert.Equal(pairId, frames.Sheet.Growth!.Id);
        Assert.Equal(pairId, frames.Sheet.Profile.Id);
    }

    [Fact]
    public void Respond_NextLevelUp_IsTheSmallestRankAboveOnTheSameTrack()
    {
        var responder = new GoalsResponder(Sample, new FrameEngine());

        var frames = Assert.IsType<GoalsReply.Frames>(responder.Respond("goals clinops P6 growth"));

        Assert.Equal("P7", frames.Sheet.Growth!.To.Code);
        Assert.Null(frames.Sheet.Growth.ToProfile);
    }

    [Theory]
    [InlineData("goals clinops M9..M5", "there is no level 'M9' in this canon; its levels are P1, ")]
    [InlineData("goals clinops M4..Q5", "there is no level 'Q5' in this canon")]
    [InlineData("goals clinops M4..m4", "M4..m4 names M4 twice; growth compares two different levels, e.g. 'goals clinops M4..M5'")]
    [InlineData("goals clinops M6 growth", "M6 (Vice President) is the top of the management track, so there is no level above it to grow toward")]
    [InlineData("goals agile S5 growth", "S5 (Senior Lead Coordinator) is the top of the support track")]
    public void Respond_BadLevels_AreClearErrors(string input, string reason)
    {
        var invalid = Assert.IsType<GoalsReply.Invalid>(new GoalsResponder(Sample, new FrameEngine()).Respond(input));

        Assert.StartsWith(reason, invalid.Command.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Respond_UnknownFocus_IsNotFoundWithSuggestions()
    {
        var reply = Assert.IsType<GoalsReply.NotFound>(new GoalsResponder(Sample, new FrameEngine()).Respond("goals clinpos M4..M5"));

        Assert.Equal("clinops", Assert.IsType<ProfileLookup.UnknownFocus>(reply.Lookup).Suggestions[0].Word);
    }

    [Fact]
    public void Respond_FocusWithNeitherProfile_StillComparesTheLevelDimensions_AndNamesBothMissingProfiles()
    {
        var frames = Assert.IsType<GoalsReply.Frames>(new GoalsResponder(Sample, new FrameEngine()).Respond("goals clinops E1..E2"));

        Assert.Equal("Level dimensions", Assert.Single(Assert.Single(frames.Sheet.Sections).Groups).Heading!.Text);
        Assert.Contains(frames.Sheet.Omissions, o => o.Reason == "no E1 or E2 profile for Clinical Trials Operations");
    }

    [Fact]
    public void Respond_PairIdFromAButton_AnswersTheGrowthFrame()
    {
        var responder = new GoalsResponder(Sample, new FrameEngine());

        var command = new Commands.GoalsCommand.ShowFrames(new Commands.ProfileTarget("CLINIC1.CLINICAL3CD6.M4..M5", null), [FrameKind.Growth], AsText: true);
        var frames = Assert.IsType<GoalsReply.Frames>(responder.Respond(command));

        Assert.True(frames.AsText);
        Assert.Equal("CLINIC1.CLINICAL3CD6.M4..M5", frames.Sheet.Growth!.Id);
    }
}
