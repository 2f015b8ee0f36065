using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace GoalFrames.Testing;

/// <summary>
/// A stand-in for a Bot Connector service URL on loopback, answering in the documented formats: 201 {"id"} for sends,
/// 200 for updates, 201 {"id":"a:…"} for a new conversation, and scripted statuses with {"error":{code,message}} bodies.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private int _ids;

    private FakeConnector(WebApplication app)
    {
        _app = app;
    }

    public ConcurrentQueue<ConnectorCall> Calls { get; } = new();

    /// <summary>The service URL, with a trailing slash as Teams sends it.</summary>
    public string ServiceUrl => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/teams/";

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeConnector(app);
        app.Map("/{**path}", fake.HandleAsync);
        await app.StartAsync();
        return fake;
    }

    /// <summary>People the members API knows (any conversation), by user id: name and email.</summary>
    public ConcurrentDictionary<string, (string Name, string? Email)> Members { get; } = new();

    /// <summary>Files PUT to this fake's upload URLs, by name: the body and its Content-Range.</summary>
    public ConcurrentDictionary<string, (string Body, string ContentRange)> Uploads { get; } = new();

    /// <summary>An upload URL on this fake, as Teams puts in a <c>fileConsent/invoke</c>'s uploadInfo (OneDrive's, in production).</summary>
    public string UploadUrl(string name) => ServiceUrl.Replace("/teams/", "/upload/" + Uri.EscapeDataString(name), StringComparison.Ordinal);

    /// <summary>The next call gets this answer (calls after the script runs out get the default answers).</summary>
    public void Then(int status, string? code = null, string? retryAfter = null, TimeSpan delay = default) => _script.Enqueue(async context =>
    {
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, context.RequestAborted);
        }

        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        if (code is not null)
        {
            await context.Response.WriteAsJsonAsync(new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = code + " (fake)" } }, context.RequestAborted);
        }
    });

    /// <summary>Waits until at least <paramref name="count"/> calls arrived; returns them.</summary>
    public async Task<IReadOnlyList<ConnectorCall>> WaitForCallsAsync(int count, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (Calls.Count < count)
        {
            await _arrived.WaitAsync(cancel.Token);
        }

        return [.. Calls];
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var raw = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        Calls.Enqueue(new ConnectorCall(context.Request.Method, raw, context.Request.Headers.Authorization.ToString(), body, DateTimeOffset.UtcNow));
        _arrived.Release();
        if (_script.TryDequeue(out var answer))
        {
            await answer(context);
            return;
        }

        if (HttpMethods.IsPut(context.Request.Method) && raw.StartsWith("/upload/", StringComparison.Ordinal))
        {
            // OneDrive's upload session: the last range answers 201 with the drive item.
            Uploads[Uri.UnescapeDataString(raw["/upload/".Length..])] = (body, context.Request.Headers.ContentRange.ToString());
            context.Response.StatusCode = StatusCodes.Status201Created;
            await context.Response.WriteAsJsonAsync(new JsonObject { ["id"] = "drive-item-1", ["name"] = Uri.UnescapeDataString(raw["/upload/".Length..]), ["size"] = Encoding.UTF8.GetByteCount(body) });
            return;
        }

        if (HttpMethods.IsGet(context.Request.Method) && raw.Contains("/members/", StringComparison.Ordinal))
        {
            var member = Uri.UnescapeDataString(raw[(raw.LastIndexOf('/') + 1)..]);
            if (!Members.TryGetValue(member, out var person))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                await context.Response.WriteAsJsonAsync(new JsonObject { ["error"] = new JsonObject { ["code"] = "MemberNotFoundInConversation", ["message"] = "The member is not in the conversation (fake)" } });
                return;
            }

            await context.Response.WriteAsJsonAsync(new JsonObject
            {
                ["id"] = member,
                ["name"] = person.Name,
                ["aadObjectId"] = "aad-" + member,
                ["email"] = person.Email,
                ["userPrincipalName"] = person.Email,
                ["tenantId"] = "tenant-1",
                ["userRole"] = "user",
            });
            return;
        }

        var id = "activity-" + Interlocked.Increment(ref _ids);
        if (HttpMethods.IsPost(context.Request.Method) && raw.EndsWith("/v3/conversations", StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status201Created;
            await context.Response.WriteAsJsonAsync(new JsonObject { ["id"] = "a:new-personal-chat" });
            return;
        }

        context.Response.StatusCode = HttpMethods.IsPost(context.Request.Method) ? StatusCodes.Status201Created : StatusCodes.Status200OK;
        await context.Response.WriteAsJsonAsync(new JsonObject { ["id"] = id });
    }
}

/// <summary>One request the fake connector received: the raw (still escaped) path and the JSON body.</summary>
internal sealed record ConnectorCall(string Method, string RawPath, string Authorization, string Body, DateTimeOffset At)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>The text of a message activity, or null.</summary>
    public string? Text => Json.TryGetProperty("text", out var text) ? text.GetString() : null;

    /// <summary>The Adaptive Cards of a message activity.</summary>
    public IReadOnlyList<JsonElement> Cards => Json.TryGetProperty("attachments", out var attachments)
        ? [.. attachments.EnumerateArray().Where(a => a.GetProperty("contentType").GetString() == "application/vnd.microsoft.card.adaptive").Select(a => a.GetProperty("content"))]
        : [];
}
