using System.Globalization;
using System.Text;
using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using GoalFrames.Testing;

namespace GoalFrames.Rendering.Tests.Chat;

/// <summary>
/// A canon whose one profile (<c>big M5</c>) has many core outputs at the 3,000-character limit, full of characters that
/// need escaping, so every reply must continue across cards and messages.
/// </summary>
internal sealed class LargeCanon : IDisposable
{
    private readonly TempCanon _dir;

    public LargeCanon(int rows, int length = 3000)
    {
        Rows = [.. Enumerable.Range(1, rows).Select(i => Row(i, length))];
        var yaml = new StringBuilder("""
            family:
              code: BIG1
              name: Big family
            focuses:
              - code: GEN
                name: General
                description: A focus with very long canon rows.
                aliases: [big]
                profiles:
                  - level: M5
                    status: draft
                    version: 1
                    provenance: test
                    core_outputs:

            """);
        for (var i = 0; i < Rows.Count; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"          - id: row-{i + 1}\n            text: \"{Rows[i]}\"\n");
        }

        yaml.Append(CultureInfo.InvariantCulture, $"        rubrics:\n          complexity: \"{Row(0, length)}\"\n          knowledge_application: \"{Row(-1, length)}\"\n");
        _dir = new TempCanon(yaml.ToString());
        Canon = CanonLoader.LoadOrThrow(_dir.Dir);
    }

    public IReadOnlyList<string> Rows { get; }

    public CanonSnapshot Canon { get; }

    public GoalsReply Respond(string line) => new GoalsResponder(Canon, new FrameEngine()).Respond(line);

    public void Dispose() => _dir.Dispose();

    /// <summary>A row of exactly <paramref name="length"/> characters, unique by its number, with &amp; &lt; &gt; * _ in it.</summary>
    private static string Row(int number, int length)
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"Row {number}: "));
        var words = new[] { "deliver", "<value>", "&", "*scale*", "_ops_", "across", "programs" };
        for (var i = 0; text.Length < length; i++)
        {
            text.Append(words[i % words.Length]).Append(' ');
        }

        return text.ToString()[..length].TrimEnd() + new string('x', length - text.ToString()[..length].TrimEnd().Length);
    }
}
