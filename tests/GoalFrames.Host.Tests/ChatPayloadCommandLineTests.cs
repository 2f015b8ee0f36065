using System.Text.Json;

namespace GoalFrames.Host.Tests;

public sealed class ChatPayloadCommandLineTests
{
    [Fact]
    public void Goals_FormatAdaptiveCard_PrintsTheTeamsCard()
    {
        var run = CommandLineRun.Invoke("goals", "clinops", "M5", "smart", "--format", "adaptivecard");

        Assert.Equal(0, run.ExitCode);
        using var card = JsonDocument.Parse(run.Output);
        Assert.Equal("AdaptiveCard", card.RootElement.GetProperty("type").GetString());
        Assert.Equal("1.5", card.RootElement.GetProperty("version").GetString());
        Assert.Contains("Serves as department head for Clinical Operations", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"Action.Execute\"", run.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Goals_FormatBlockKit_PrintsTheSlackMessage()
    {
        var run = CommandLineRun.Invoke("goals", "clinops", "M5", "smart", "--format", "blockkit");

        Assert.Equal(0, run.ExitCode);
        using var message = JsonDocument.Parse(run.Output);
        Assert.StartsWith("Goal templates \u2014 Clinical Trials Operations \u2014 M5", message.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        var blocks = message.RootElement.GetProperty("blocks");
        Assert.Equal("header", blocks[0].GetProperty("type").GetString());
        Assert.InRange(blocks.GetArrayLength(), 2, 50);
    }

    [Fact]
    public void Goals_FormatBlockKitForAReplyLongerThanOneMessage_PrintsAnArrayOfMessages()
    {
        var run = CommandLineRun.Invoke("goals", "clinops", "M5", "all", "--format", "blockkit");

        using var messages = JsonDocument.Parse(run.Output);
        Assert.Equal(JsonValueKind.Array, messages.RootElement.ValueKind);
        Assert.True(messages.RootElement.GetArrayLength() > 1);
        Assert.All(messages.RootElement.EnumerateArray(), m => Assert.InRange(m.GetProperty("blocks").GetArrayLength(), 1, 50));
    }

    [Fact]
    public void Goals_FormatAdaptiveCardForATypo_PrintsTheDidYouMeanCardAndExitsTwo()
    {
        var run = CommandLineRun.Invoke("goals", "clinpos", "M5", "--format", "adaptivecard");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("\"title\": \"clinops (Clinical Trials Operations)\"", run.Output, StringComparison.Ordinal);
    }
}
