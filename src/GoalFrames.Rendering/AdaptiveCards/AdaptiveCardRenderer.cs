using System.Text.Encodings.Web;
using System.Text.Json;
using GoalFrames.Engine.Conversation;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>
/// Renders every <see cref="GoalsReply"/> as Adaptive Cards for Teams: schema <see cref="Version"/>, buttons as
/// <c>Action.Execute</c> with an <c>Action.Submit</c> fallback, sheet text in runs that are never parsed as Markdown,
/// and each card within <see cref="PayloadBudgetBytes"/> (a reply that needs more continues on further cards).
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
        return CardPacker.Pack(plan);
    }

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
