using GoalFrames.Engine.Drafts;

namespace GoalFrames.Host.Tests.Parity;

/// <summary>
/// One manager on one platform, doing what a person does with their own clicks: every button and dialog comes from
/// GoalFrames' own replies, never built by the test. What each step returns is what the person reads.
/// </summary>
internal interface IChatParty
{
    /// <summary>The platform's name, for messages.</summary>
    string Platform { get; }

    /// <summary>The person as a draft owner.</summary>
    DraftOwner Owner { get; }

    /// <summary>Types a line in the direct messages with the bot; the editable goals come back.</summary>
    Task AskInDirectMessageAsync(string line);

    /// <summary>Starts editing the blank (Slack: opens the goal's dialog; Teams: the card as shown now).</summary>
    Task<object> OpenAsync(string input);

    /// <summary>Types a value into the opened editor and saves; returns everything the person reads afterwards.</summary>
    Task<string> SaveAsync(object editor, string input, string value);

    /// <summary>
    /// Saves while the store is slow: returns what the person reads at once; then <paramref name="storeRecovers"/> runs,
    /// and the second text is what the person reads once the save has landed (the updated message or card).
    /// </summary>
    Task<(string AtOnce, string Afterwards)> SaveWhileTheStoreIsSlowAsync(object editor, string input, string value, Action storeRecovers);

    /// <summary>
    /// Saves while the store is stuck for longer than it waits: returns what the person reads at once, and what they read
    /// once GoalFrames gives up on that save.
    /// </summary>
    Task<(string AtOnce, string Afterwards)> SaveWhileTheStoreIsStuckAsync(object editor, string input, string value);

    /// <summary>Presses Reset and confirms; returns what the person reads.</summary>
    Task<string> ResetAsync();

    /// <summary>Presses Undo after a reset; returns what the person reads.</summary>
    Task<string> UndoAsync();

    /// <summary>Types a goals line about a person (a mention of them, as the platform writes it) in the direct messages.</summary>
    Task AskAboutInDirectMessageAsync(string personId, string personName, string line);

    /// <summary>Presses "Send to …" on the goals shown; returns what the manager reads, and what the person receives.</summary>
    Task<(string ManagerReads, string PersonReceives)> SendAsync(string personId);

    /// <summary>The person presses Acknowledge on what they received; returns what their copy reads then, and what the manager is told.</summary>
    Task<(string PersonReads, string ManagerIsTold)> AcknowledgeAsync(string personId);

    /// <summary>The person types a question under what they received and presses Ask; returns what the manager is told.</summary>
    Task<string> AskQuestionAsync(string personId, string question);

    /// <summary>
    /// Types a line in the direct messages, with <c>{person}</c> written as a mention of the person the way the platform
    /// writes one; returns what the typist reads.
    /// </summary>
    Task<string> SayInDirectMessageAsync(string line, (string Id, string Name)? person = null);

    /// <summary>Types "goals team" in the direct messages; returns the answer.</summary>
    Task<string> TeamAsync();

    /// <summary>
    /// Types "goals export FORMAT" in the direct messages and takes the file as the platform hands it over (Slack's
    /// external upload into the DM; Teams' file consent card, accepted, then the upload); returns the file's text.
    /// </summary>
    Task<string> ExportAsync(string format);

    /// <summary>Types "goals mine" in the direct messages; returns the answer.</summary>
    Task<string> MineAsync();

    /// <summary>
    /// Asks for goals where everyone sees the answer (a mention, a channel), presses "Copy as text" on that shared reply,
    /// and returns what the presser reads and whether anything was written where others can see it.
    /// </summary>
    Task<(string PresserReads, bool SharedMessageChanged)> CopyAsTextOnASharedMessageAsync(string line);
}
