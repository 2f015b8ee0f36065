using System.Text.Encodings.Web;
using System.Text.Json;
using GoalFrames.Engine.Conversation;
using GoalFrames.Rendering.Chat;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>
/// Renders every <see cref="GoalsReply"/> as Adaptive Cards for Teams: schema <see cref="Version"/>, buttons as
/// <c>Action.Execute</c> with an <c>Action.Submit</c> fallback, sheet text in runs that are never parsed as Markdown,
/// and each card within <see cref="PayloadBudgetBytes"/> (a reply that needs more continues on further cards; one that still
/// would not fit is replaced by <see cref="TooLong"/>).
/// </summary>
public static class AdaptiveCardRenderer
{
    /// <summary>The schema version of every card: Teams takes at most 1.5, and <c>Action.Execute</c> needs 1.4.</summary>
    public const string Version = "1.5";

    /// <summary>The most UTF-8 bytes of JSON one card may take (Teams' 28 KB webhook limit, used as the budget).</summary>
    public const int PayloadBudgetBytes = 28 * 1024;

    private static readonly AdaptiveCardsJsonContext Indented = new(new JsonSerializerOptions(AdaptiveCardsJsonContext.Default.Options)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The cards for a reply, in order; usually one.</summary>
    /// <param name="reply">The reply (not <see cref="GoalsReply.Drafts"/>, which the draft store answers).</param>
    /// <param name="mode">Where the reply is shown; decides the buttons and whether blanks are inputs.</param>
    /// <param name="refreshUserIds">For editable cards: the users whose client refreshes the card automatically.</param>
    public static IReadOnlyList<AdaptiveCard> Render(GoalsReply reply, ReplyMode mode = ReplyMode.Private, IReadOnlyList<string>? refreshUserIds = null)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var plan = reply switch
        {
            GoalsReply.Help help => HelpCard.Plan(help),
            GoalsReply.FamilyList list => FamilyListCard.Plan(list),
            GoalsReply.FocusLevels levels => FocusLevelsCard.Plan(levels),
            GoalsReply.ProfileOverview overview => OverviewCard.Plan(overview),
            GoalsReply.Frames { AsText: true } frames => TextCard.Plan(frames),
            GoalsReply.Frames frames => FramesCard.Plan(frames, mode, refreshUserIds),
            GoalsReply.NotFound notFound => NotFoundCard.Plan(notFound),
            GoalsReply.Invalid invalid => InvalidCard.Plan(invalid),
            GoalsReply.Drafts => throw new ArgumentException("draft replies ('goals mine', 'goals forget') are answered from the draft store", nameof(reply)),
            _ => throw new ArgumentOutOfRangeException(nameof(reply), reply, null),
        };
        var cards = CardPacker.Pack(plan);
        return cards.All(c => CardPacker.SizeOf(c) <= PayloadBudgetBytes) ? cards : [TooLong];
    }

    /// <summary>Words with buttons under them (<c>goals mine</c>, <c>goals team</c>); a long answer continues on more cards.</summary>
    /// <param name="words">The words and their buttons.</param>
    public static IReadOnlyList<AdaptiveCard> RenderWords(ReplyNotice words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var lines = words.Text.Split('\n');
        var plan = new CardPlan([], [.. lines.Select(line => (CardElement)(CardText.Plain(line) with { Spacing = Spacing.Small })), .. CardButtons.Rows(FrameButtons.Of(words))], lines[0]);
        var cards = CardPacker.Pack(plan);
        return cards.All(c => CardPacker.SizeOf(c) <= PayloadBudgetBytes) ? cards : [TooLong];
    }

    /// <summary>What is sent instead of a card over <see cref="PayloadBudgetBytes"/>: a short answer, never an exception.</summary>
    public static AdaptiveCard TooLong { get; } = new(Version, [
        CardText.Plain("That answer is too long to show in Teams. Try a shorter request: one framework (e.g. 'goals clinops M5 smart'), or 'goals help'."),
    ]) { FallbackText = "That answer is too long to show in Teams." };

    /// <summary>The UTF-8 size of a card's JSON as sent.</summary>
    /// <param name="card">The card.</param>
    public static int SizeOf(AdaptiveCard card) => CardPacker.SizeOf(card);

    /// <summary>A card as indented JSON, characters outside ASCII written as themselves.</summary>
    /// <param name="card">The card.</param>
    public static string Serialize(AdaptiveCard card) => JsonSerializer.Serialize(card, Indented.AdaptiveCard);

    /// <summary>Cards as an indented JSON array.</summary>
    /// <param name="cards">The cards.</param>
    public static string Serialize(IReadOnlyList<AdaptiveCard> cards) => JsonSerializer.Serialize(cards, Indented.IReadOnlyListAdaptiveCard);
}
