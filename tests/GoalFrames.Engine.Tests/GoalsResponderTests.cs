using GoalFrames.Canon;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Resolution;
using GoalFrames.Testing;

namespace GoalFrames.Engine.Tests;

public sealed class GoalsResponderTests
{
    private static readonly CanonSnapshot Sample = CanonLoader.LoadOrThrow(RepoPaths.SampleCanon);

    [Fact]
    public void Respond_Frames_BuildsOnlyTheFrameworksAsked()
    {
        var reply = Assert.IsType<GoalsReply.Frames>(new GoalsResponder(Sample, new FrameEngine()).Respond("goals clinops M5 okr text"));

        Assert.Equal([FrameKind.Okr], reply.Sheet.Sections.Select(s => s.Kind));
        Assert.True(reply.AsText);
    }

    [Fact]
    public void Respond_Typo_IsNotFoundWithSuggestions()
    {
        var reply = Assert.IsType<GoalsReply.NotFound>(new GoalsResponder(Sample, new FrameEngine()).Respond("clinpos M5"));

        Assert.Equal("clinops", Assert.IsType<ProfileLookup.UnknownFocus>(reply.Lookup).Suggestions[0].Word);
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("hello")]
    [InlineData("help me")]
    [InlineData("thanks")]
    public void Respond_SmallTalk_IsTheHelpWithExamplesNotAnUnknownFocus(string input)
    {
        var reply = new GoalsResponder(Sample, new FrameEngine()).Respond(input);

        var help = Assert.IsType<GoalsReply.Help>(reply);
        Assert.Contains("goals list", help.Examples);
    }

    [Fact]
    public void Respond_LevelByTitle_IsTheSameSheetAsByCode()
    {
        var responder = new GoalsResponder(Sample, new FrameEngine());

        var byTitle = Assert.IsType<GoalsReply.Frames>(responder.Respond("goals clinops senior director smart"));
        var byCode = Assert.IsType<GoalsReply.Frames>(responder.Respond("goals clinops M5 smart"));

        Assert.Equal("CLINIC1.CLINICAL3CD6.M5", byTitle.Sheet.Profile.Id);
        Assert.Equal(byCode.Sheet.Sections.SelectMany(s => s.Items).Select(i => i.Key), byTitle.Sheet.Sections.SelectMany(s => s.Items).Select(i => i.Key));
    }

    [Fact]
    public void Respond_SourceSwapsCanon_NextAnswerUsesTheNewCanon()
    {
        using var dir = new TempCanon("""
            family:
              code: SWAP1
              name: Swapped
            focuses:
              - code: GEN
                name: General
                description: Only in the new canon.
                aliases: [swapped]
            """);
        var source = new SwappableSource(Sample);
        var responder = new GoalsResponder(source, new FrameEngine());
        Assert.IsType<GoalsReply.NotFound>(responder.Respond("swapped"));

        source.Current = CanonLoader.LoadOrThrow(dir.Dir);

        Assert.Equal("General", Assert.IsType<GoalsReply.FocusLevels>(responder.Respond("swapped")).Focus.Name);
        Assert.IsType<GoalsReply.NotFound>(responder.Respond("clinops"));
    }

    private sealed class SwappableSource(ICanon canon) : ICanonSource
    {
        public ICanon Current { get; set; } = canon;
    }
}
