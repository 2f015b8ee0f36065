using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GoalFrames.Host.Tests;

/// <summary>Signs requests as Slack does (v0 HMAC-SHA256 over "v0:timestamp:body").</summary>
internal static class SlackSigner
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string secret, string path, string body, string contentType)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"))));
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static Task<HttpResponseMessage> InteractAsync(HttpClient client, string secret, string payloadJson) =>
        PostAsync(client, secret, "slack/interactivity", "payload=" + Uri.EscapeDataString(payloadJson), "application/x-www-form-urlencoded");
}
