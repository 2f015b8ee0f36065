using System.Text.Json;

namespace GoalFrames.Teams.Activities;

/// <summary>
/// The content of a file consent card (<c>application/vnd.microsoft.teams.card.file.consent</c>): Teams asks the person
/// to allow the file in their OneDrive, and sends the chosen context back in a <c>fileConsent/invoke</c>.
/// </summary>
/// <param name="Description">What the file is.</param>
/// <param name="SizeInBytes">Its size.</param>
/// <param name="AcceptContext">Sent back when the person allows it.</param>
/// <param name="DeclineContext">Sent back when they decline.</param>
internal sealed record FileConsentCard(string Description, long SizeInBytes, JsonElement AcceptContext, JsonElement DeclineContext)
{
    public const string ContentType = "application/vnd.microsoft.teams.card.file.consent";
}
