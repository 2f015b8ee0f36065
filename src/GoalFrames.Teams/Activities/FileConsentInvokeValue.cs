using System.Text.Json;

namespace GoalFrames.Teams.Activities;

/// <summary>The value of a <c>fileConsent/invoke</c>: accept or decline, the card's context, and where to upload.</summary>
/// <param name="Type"><c>fileUpload</c>.</param>
/// <param name="Action"><c>accept</c> or <c>decline</c>.</param>
/// <param name="Context">The accept or decline context of the card.</param>
/// <param name="UploadInfo">Where to PUT the bytes (on accept).</param>
internal sealed record FileConsentInvokeValue(string? Type, string? Action, JsonElement? Context, FileUploadInfo? UploadInfo)
{
    public const string InvokeName = "fileConsent/invoke";
}
