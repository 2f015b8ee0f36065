using System.Text;
using System.Text.Json.Nodes;

namespace GoalFrames.Testing;

/// <summary>Activities as Teams (and the Agents Playground) send them, built as JSON.</summary>
internal static class TeamsActivities
{
    public const string BotId = "28:bot-app-id";
    public const string UserId = "29:user-1";
    public const string TenantId = "tenant-1";

    public static JsonObject Message(string serviceUrl, string text, string? id = null, string conversationType = "personal", string conversationId = "a:personal-1", JsonArray? entities = null) => new()
    {
        ["type"] = "message",
        ["id"] = id ?? Guid.NewGuid().ToString("N"),
        ["timestamp"] = "2026-11-23T20:18:04.075Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Alex Wilber", ["aadObjectId"] = "aad-user-1" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = conversationType, ["tenantId"] = TenantId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "GoalFrames" },
        ["text"] = text,
        ["textFormat"] = "plain",
        ["entities"] = entities ?? new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-US" }),
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        ["someFutureField"] = new JsonObject { ["nested"] = true },
    };

    public static JsonObject Invoke(string serviceUrl, JsonNode data, string replyToId = "card-1", string conversationType = "personal")
    {
        var activity = Message(serviceUrl, string.Empty, conversationType: conversationType);
        activity.Remove("text");
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = replyToId;
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = data["action"]?.GetValue<string>(), ["data"] = data },
            ["trigger"] = "manual",
        };
        return activity;
    }

    /// <summary>The <c>fileConsent/invoke</c> Teams sends when the person allows or declines a file consent card.</summary>
    public static JsonObject FileConsent(string serviceUrl, string action, JsonNode? context, JsonObject? uploadInfo, string replyToId = "consent-1")
    {
        var activity = Message(serviceUrl, string.Empty);
        activity.Remove("text");
        activity["type"] = "invoke";
        activity["name"] = "fileConsent/invoke";
        activity["replyToId"] = replyToId;
        activity["value"] = new JsonObject { ["type"] = "fileUpload", ["action"] = action, ["context"] = context?.DeepClone(), ["uploadInfo"] = uploadInfo };
        return activity;
    }

    public static JsonObject InstallationUpdate(string serviceUrl, string action = "add", string conversationId = "a:personal-1")
    {
        var activity = Message(serviceUrl, string.Empty, conversationId: conversationId);
        activity.Remove("text");
        activity["type"] = "installationUpdate";
        activity["action"] = action;
        return activity;
    }

    public static JsonObject BotAdded(string serviceUrl, string conversationId = "a:personal-1")
    {
        var activity = Message(serviceUrl, string.Empty, conversationId: conversationId);
        activity.Remove("text");
        activity["type"] = "conversationUpdate";
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = UserId }, new JsonObject { ["id"] = BotId });
        return activity;
    }

    public static StringContent Content(JsonNode activity) => new(activity.ToJsonString(), Encoding.UTF8, "application/json");
}
