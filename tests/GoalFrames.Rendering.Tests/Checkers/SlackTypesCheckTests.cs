using System.Globalization;
using System.Text;
using GoalFrames.Rendering.BlockKit;
using GoalFrames.Rendering.Tests.Chat;

namespace GoalFrames.Rendering.Tests.Checkers;

/// <summary>Type-checks Block Kit payloads with TypeScript against Slack's own @slack/types.</summary>
public sealed class SlackTypesCheckTests
{
    [Fact]
    public async Task Tsc_EveryBlockKitPayloadOfTheGoldenTests_SatisfiesSlackTypes()
    {
        ExternalCheckers.RequireNodePackages("typescript", "@slack/types");
        var messages = ChatReplyCases.All.SelectMany(c => BlockKitRenderer.Render(ChatReplyCases.Reply(c), c.Mode).Select((m, i) => (Name: $"{c.Name}#{i}", Message: m))).ToList();

        var (exitCode, output) = await TypeCheckAsync(messages, [ChatReplyCases.EditModal(), ChatReplyCases.GrowthEditModal()]);

        Assert.True(exitCode == 0, $"tsc rejected a Block Kit payload:\n{output}");
        Assert.True(messages.Count >= ChatReplyCases.All.Count);
    }

    [Fact]
    public async Task Tsc_MalformedButton_IsRejected()
    {
        ExternalCheckers.RequireNodePackages("typescript", "@slack/types");
        var button = new ButtonElement(TextObject.Plain("Save"), "goals.save.0") { Style = "loud" };
        var message = new BlockKitMessage("malformed", [new ActionsBlock([button])]);

        var (exitCode, output) = await TypeCheckAsync([("malformed-button", message)], []);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("\"loud\"", output, StringComparison.Ordinal);
        Assert.Contains("error TS", output, StringComparison.Ordinal);
    }

    /// <summary>Writes each message's blocks as <c>satisfies KnownBlock[]</c> (modals as <c>satisfies ModalView</c>) and runs tsc on it.</summary>
    private static async Task<(int ExitCode, string Output)> TypeCheckAsync(List<(string Name, BlockKitMessage Message)> messages, List<ModalView> modals)
    {
        var source = new StringBuilder("import type { KnownBlock, ModalView } from '@slack/types';\n\n");
        for (var i = 0; i < messages.Count; i++)
        {
            var (name, message) = messages[i];
            var blocks = System.Text.Json.JsonSerializer.Serialize(message.Blocks, BlockKitJsonContext.Default.IReadOnlyListBlock);
            source.Append(CultureInfo.InvariantCulture, $"// {name}\nexport const message{i} = {blocks} satisfies KnownBlock[];\n\n");
        }

        for (var i = 0; i < modals.Count; i++)
        {
            var modal = System.Text.Json.JsonSerializer.Serialize(modals[i], BlockKitJsonContext.Default.ModalView);
            source.Append(CultureInfo.InvariantCulture, $"export const modal{i} = {modal} satisfies ModalView;\n\n");
        }

        var dir = ExternalCheckers.ScratchDirectory();
        try
        {
            var file = Path.Combine(dir, "payloads.ts");
            await File.WriteAllTextAsync(file, source.ToString(), TestContext.Current.CancellationToken);
            var (exitCode, output, error) = await ExternalCheckers.RunAsync("npx", ["--no", "tsc", "--noEmit", "--strict", "--skipLibCheck", file], TimeSpan.FromMinutes(3));
            return (exitCode, output + error);
        }
        finally
        {
            ExternalCheckers.Delete(dir);
        }
    }
}
