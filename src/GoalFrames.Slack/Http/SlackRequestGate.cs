using System.Text;
using GoalFrames.Slack.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace GoalFrames.Slack.Http;

/// <summary>
/// Everything a Slack request passes before a handler sees it: a size cap, the content type, the signature on the raw
/// body (before anything is parsed), then the form. Failures get a specific status and reason; never a 500.
/// </summary>
internal sealed class SlackRequestGate(SlackSignatureVerifier verifier, IOptions<SlackOptions> options)
{
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string SignatureHeader = "X-Slack-Signature";

    public async Task<(SlackRequest? Request, IResult? Refusal)> ReadAsync(HttpContext context, bool formExpected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endpoint = context.Request.Path.Value?.TrimEnd('/').Split('/')[^1] ?? "unknown";
        var (request, refusal, outcome) = await ReadCoreAsync(context, formExpected, cancellationToken).ConfigureAwait(false);
        SlackMetrics.Count(endpoint, outcome);
        return (request, refusal);
    }

    private async Task<(SlackRequest? Request, IResult? Refusal, string Outcome)> ReadCoreAsync(HttpContext context, bool formExpected, CancellationToken cancellationToken)
    {
        var http = context.Request;
        var max = options.Value.MaxBodyBytes;
        if (http.ContentLength > max)
        {
            return (null, Refuse(StatusCodes.Status413PayloadTooLarge, $"the body is larger than {max} bytes"), "too_large");
        }

        var mediaType = http.ContentType?.Split(';')[0].Trim();
        var expected = formExpected ? "application/x-www-form-urlencoded" : "application/json";
        if (!string.Equals(mediaType, expected, StringComparison.OrdinalIgnoreCase))
        {
            return (null, Refuse(StatusCodes.Status400BadRequest, $"expected Content-Type {expected}, got {(string.IsNullOrEmpty(mediaType) ? "none" : mediaType)}"), "bad_request");
        }

        var body = await ReadCappedAsync(http.Body, max, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return (null, Refuse(StatusCodes.Status413PayloadTooLarge, $"the body is larger than {max} bytes"), "too_large");
        }

        var check = verifier.Verify(http.Headers[TimestampHeader], http.Headers[SignatureHeader], body);
        if (check != SignatureCheck.Valid)
        {
            return (null, Refuse(StatusCodes.Status401Unauthorized, Describe(check)), "unauthorized");
        }

        if (body.Length == 0)
        {
            return (null, Refuse(StatusCodes.Status400BadRequest, "the body is empty"), "bad_request");
        }

        var form = formExpected ? ParseForm(body) : new Dictionary<string, string>();
        return (new SlackRequest(body, form), null, "accepted");
    }

    private static async Task<byte[]?> ReadCappedAsync(Stream stream, int max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static Dictionary<string, string> ParseForm(byte[] body)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body)))
        {
            fields[key] = value.ToString();
        }

        return fields;
    }

    private string Describe(SignatureCheck check) => check switch
    {
        SignatureCheck.NotConfigured => "Slack is not configured on this server (Slack:SigningSecret is empty)",
        SignatureCheck.MissingHeaders => $"missing {TimestampHeader} or {SignatureHeader}",
        SignatureCheck.MalformedTimestamp => $"{TimestampHeader} is not a Unix time",
        SignatureCheck.Stale => $"the request timestamp is more than {options.Value.MaxClockSkew.TotalSeconds:0} seconds from now",
        _ => "the signature does not match",
    };

    private static IResult Refuse(int status, string reason) => Results.Text(reason + "\n", "text/plain", statusCode: status);
}
