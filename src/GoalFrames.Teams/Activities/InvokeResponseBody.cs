using System.Text.Json;

namespace GoalFrames.Teams.Activities;

/// <summary>
/// The HTTP body answering an <c>adaptiveCard/action</c> invoke: <c>{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":{card}}</c>,
/// a message (<c>application/vnd.microsoft.activity.message</c>) or an error (<c>application/vnd.microsoft.error</c>).
/// </summary>
internal sealed record InvokeResponseBody(int StatusCode, string Type, JsonElement Value)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";
}
