using System.Security.Cryptography;
using System.Text;

namespace GoalFrames.Engine.Conversation.Actions;

/// <summary>
/// A short fingerprint of the value a blank showed when a card or dialog was built. A save carries the fingerprint of
/// every blank it showed, so the conversation core can tell which blanks the manager changed, and whether someone else
/// changed the same blank since: a stale save then merges what it can instead of overwriting.
/// </summary>
public static class SlotFingerprint
{
    /// <summary>The fingerprint of a blank's value (blank and missing values fingerprint alike).</summary>
    /// <param name="value">The value shown, or null for none.</param>
    public static string Of(string? value)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes((value ?? string.Empty).Trim()));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 5));
    }
}
