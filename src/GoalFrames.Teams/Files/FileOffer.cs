using System.Text.Json;
using GoalFrames.Conversation.Outcomes;
using GoalFrames.Teams.Activities;

namespace GoalFrames.Teams.Files;

/// <summary>Builds the file consent card that offers an export file in personal chat.</summary>
internal static class FileOffer
{
    public static Activity Card(PendingFiles pending, string userId, Outcome.SendFile file)
    {
        var token = pending.Add(new PendingFile(userId, file.FileName, file.Content));
        var context = JsonSerializer.SerializeToElement(new FileConsentContext(token), TeamsFilesJsonContext.Default.FileConsentContext);
        var card = new FileConsentCard($"GoalFrames export: {file.FileName}", file.Content.Length, context, context);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Attachments =
            [
                new Attachment(FileConsentCard.ContentType, JsonSerializer.SerializeToElement(card, TeamsJsonContext.Default.FileConsentCard)) { Name = file.FileName },
            ],
        };
    }
}
