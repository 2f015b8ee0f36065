using System.Globalization;

namespace GoalFrames.Rendering.BlockKit;

/// <summary>Walks blocks and collects every broken limit with its path.</summary>
internal sealed class BlockKitChecks
{
    private readonly List<BlockKitProblem> _problems = [];

    public IReadOnlyList<BlockKitProblem> Problems => _problems;

    public void Add(string path, string message) => _problems.Add(new BlockKitProblem(path, message));

    public void Length(string path, string? value, int limit)
    {
        if (value is not null && value.Length > limit)
        {
            Add(path, Invariant($"{value.Length} characters; the limit is {limit}"));
        }
    }

    public void Count<T>(string path, IReadOnlyCollection<T>? items, int min, int max, string what)
    {
        var count = items?.Count ?? 0;
        if (count < min || count > max)
        {
            Add(path, Invariant($"{count} {what}; {min} to {max} allowed"));
        }
    }

    public void Text(string path, TextObject? text, int limit)
    {
        if (text is null)
        {
            Add(path, "missing");
            return;
        }

        if (text.Type is not (TextObject.PlainText or TextObject.MrkdwnText))
        {
            Add(path + ".type", $"'{text.Type}' is not a text type");
        }

        if (string.IsNullOrWhiteSpace(text.Text))
        {
            Add(path + ".text", "empty text; Slack rejects it");
        }

        Length(path + ".text", text.Text, limit);
    }

    public void Plain(string path, TextObject? text, int limit)
    {
        Text(path, text, limit);
        if (text is not null && text.Type != TextObject.PlainText)
        {
            Add(path + ".type", "must be plain_text");
        }
    }

    public void Blocks(string path, IReadOnlyList<Block>? blocks, int max)
    {
        Count(path, blocks, 1, max, "blocks");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (blocks?.Count ?? 0); i++)
        {
            var at = Invariant($"{path}[{i}]");
            var block = blocks![i];
            Length(at + ".block_id", block.BlockId, BlockKitLimits.Id);
            if (block.BlockId is { } id && !ids.Add(id))
            {
                Add(at + ".block_id", $"'{id}' is used by another block");
            }

            BlockKitBlockChecks.Check(this, at, block);
        }
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
