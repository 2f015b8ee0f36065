using System.Text;
using GoalFrames.Conversation.Exports;
using GoalFrames.Conversation.Outcomes;
using GoalFrames.Conversation.Platforms;
using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;
using GoalFrames.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GoalFrames.Conversation.Tests;

/// <summary>
/// <c>goals export</c> in the core: the manager's drafts about people become a file, emails come from the platform's
/// directory where the draft has none, only configured HR administrators export everyone's, and mistakes are explained.
/// </summary>
public sealed class ExportTests
{
    private static readonly DraftOwner Hr = new("slack", "T1", "UHR");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Export_ManagersTeam_JsonWithTheDirectorysEmails_AndWithoutOthersOrDraftsAboutNobody()
    {
        var directory = new Directory(new PersonDetails("U100", "Ada Lovelace", "ada@example.com", "Europe/London"));
        await using var harness = Harness(directory);
        await SaveAsync(harness, CoreHarness.Manager, new DraftSubject("U100", "Ada Lovelace"));
        await SaveAsync(harness, CoreHarness.Manager, null);
        await SaveAsync(harness, new DraftOwner("slack", "T1", "U9"), new DraftSubject("U300", "Edsger Dijkstra"));

        var file = Assert.IsType<Outcome.SendFile>(await harness.Core.LineAsync(CoreHarness.InDm, "goals export json", Cancel));

        var json = Encoding.UTF8.GetString(file.Content.Span);
        Assert.Equal(("goals-json.json", "application/json"), (file.FileName, file.ContentType));
        Assert.Contains("\"email\": \"ada@example.com\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Edsger", json, StringComparison.Ordinal);
        Assert.Contains("1 draft about nobody is not in it", file.Words, StringComparison.Ordinal);
        Assert.Equal(["U100"], directory.Asked);
    }

    [Fact]
    public async Task ExportAll_FromSomeoneWhoIsNoHrAdministrator_IsRefused_AndFromOne_HasEveryManagersPeople()
    {
        await using var harness = Harness(new Directory(), new ExportOptions { HrAdministrators = [" slack/T1/UHR "] });
        await SaveAsync(harness, CoreHarness.Manager, new DraftSubject("U100", "Ada Lovelace") { Email = "ada@example.com" });
        await SaveAsync(harness, new DraftOwner("slack", "T1", "U9"), new DraftSubject("U300", "Edsger Dijkstra") { Email = "edsger@example.com" });
        await SaveAsync(harness, new DraftOwner("slack", "T2", "U9"), new DraftSubject("U400", "Barbara Liskov") { Email = "barbara@example.com" });

        var refused = await harness.Core.LineAsync(CoreHarness.InDm, "goals export all", Cancel);
        var everyone = Assert.IsType<Outcome.SendFile>(await harness.Core.LineAsync(ConversationRequest.Of(Hr, SurfaceKind.DirectMessage), "goals export all cultureamp", Cancel));

        Assert.Contains("Only HR administrators", Words(refused), StringComparison.Ordinal);
        var csv = Encoding.UTF8.GetString(everyone.Content.Span);
        Assert.Contains("ada@example.com", csv, StringComparison.Ordinal);
        Assert.Contains("edsger@example.com", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("barbara@example.com", csv, StringComparison.Ordinal);
        Assert.StartsWith("Here is everyone's goals file, goals-cultureamp.csv:", everyone.Words, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("goals export xlsx", "\"xlsx\" is not an export format. Say \"goals export\" and one of: cultureamp, betterworks, json, csv, markdown")]
    [InlineData("goals export", "You have no drafts about people to export yet.")]
    public async Task Export_MistakesAndNothingToExport_AreExplained(string line, string expected)
    {
        await using var harness = Harness(new Directory());
        await SaveAsync(harness, CoreHarness.Manager, null);

        var outcome = await harness.Core.LineAsync(CoreHarness.InDm, line, Cancel);

        Assert.StartsWith(expected, Words(outcome), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_InAChannel_SaysDraftsArePrivate_AndMakesNoFile()
    {
        await using var harness = Harness(new Directory());
        await SaveAsync(harness, CoreHarness.Manager, new DraftSubject("U100", "Ada Lovelace") { Email = "ada@example.com" });

        var outcome = await harness.Core.LineAsync(ConversationRequest.Of(CoreHarness.Manager, SurfaceKind.SharedConversation), "goals export", Cancel);

        Assert.IsNotType<Outcome.SendFile>(outcome);
        Assert.Equal(ConversationWords.MineIsPrivate, Words(outcome));
    }

    private static CoreHarness Harness(Directory directory, ExportOptions? options = null) => new(configure: services =>
    {
        services.AddSingleton<IPeopleDirectory>(directory);
        services.AddSingleton(options ?? new ExportOptions());
    });

    private static async Task SaveAsync(CoreHarness harness, DraftOwner owner, DraftSubject? about)
    {
        var content = Samples.Content(FrameKind.Smart) with { About = about };
        Assert.IsType<SaveResult.Saved>(await harness.Store.SaveAsync(owner, content, 0, Cancel));
    }

    private static string Words(Outcome outcome) => Assert.IsType<Answer.Words>(outcome.Said).Text;

    /// <summary>The platform's directory, as a platform would answer: the people it knows, and who was asked about.</summary>
    private sealed class Directory(params PersonDetails[] people) : IPeopleDirectory
    {
        public List<string> Asked { get; } = [];

        public string Platform => "slack";

        public bool GivesTimeZones => true;

        public Task<PersonDetails?> FindAsync(string workspace, string userId, CancellationToken cancellationToken)
        {
            Asked.Add(userId);
            return Task.FromResult(people.FirstOrDefault(p => p.UserId == userId));
        }
    }
}
