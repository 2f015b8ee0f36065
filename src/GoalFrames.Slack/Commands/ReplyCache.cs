using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace GoalFrames.Slack.Commands;

/// <summary>
/// Remembers the serialized reply to a command that carries no user data (no draft values), keyed by the canon
/// fingerprint, so a reload can never serve a stale answer. Review season asks the same few templates over and over;
/// the cache is bounded and simply starts again when full.
/// </summary>
internal sealed class ReplyCache(IOptions<SlackOptions> options)
{
    private static readonly SlackJsonContext Json = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull });
    private readonly ConcurrentDictionary<string, CachedReply> _replies = new(StringComparer.Ordinal);

    public CachedReply GetOrAdd(string fingerprint, string command, string? text, Func<IReadOnlyList<SlackMessage>> answer)
    {
        var capacity = options.Value.ReplyCacheSize;
        if (capacity <= 0)
        {
            return Create(answer());
        }

        var key = string.Concat(fingerprint, "\n", command, "\n", text);
        if (_replies.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (_replies.Count >= capacity)
        {
            _replies.Clear();
        }

        return _replies.GetOrAdd(key, _ => Create(answer()));
    }

    public static byte[] Serialize(SlackMessage message) => JsonSerializer.SerializeToUtf8Bytes(message, Json.SlackMessage);

    private static CachedReply Create(IReadOnlyList<SlackMessage> messages) => new(messages[0], Serialize(messages[0]), [.. messages.Skip(1)]);
}
