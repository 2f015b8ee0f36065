namespace GoalFrames.Conversation.Platforms;

/// <summary>
/// What the bot needs to write into a conversation later (proactively): where to send, as whom, to whom.
/// The adapter keeps the platform's full reference in <see cref="Json"/>; the other fields are for lookups and checks.
/// </summary>
/// <param name="ConversationId">The conversation id; the key.</param>
/// <param name="ServiceUrl">The service URL to send to.</param>
/// <param name="TenantId">The tenant id.</param>
/// <param name="BotId">The bot's id in the conversation.</param>
/// <param name="UserId">The user the conversation is with (or who last wrote in it).</param>
/// <param name="ConversationType">The conversation type, e.g. <c>personal</c>, <c>channel</c> or <c>groupChat</c>.</param>
/// <param name="Json">The adapter's serialized reference, kept byte for byte.</param>
public sealed record ConversationReference(
    string ConversationId,
    string ServiceUrl,
    string TenantId,
    string BotId,
    string UserId,
    string ConversationType,
    string Json);
