namespace GoalFrames.Teams.Files;

/// <summary>A file waiting for the person's consent.</summary>
/// <param name="UserId">Who it is for (the Teams user id of the chat, <c>29:…</c>).</param>
/// <param name="FileName">Its name.</param>
/// <param name="Content">Its bytes.</param>
internal sealed record PendingFile(string UserId, string FileName, ReadOnlyMemory<byte> Content);
