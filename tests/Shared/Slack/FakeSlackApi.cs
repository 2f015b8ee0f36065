using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GoalFrames.Testing;

/// <summary>A stand-in for https://slack.com/api on loopback, speaking the Web API envelope. Answers are scripted per method.</summary>
internal sealed class FakeSlackApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<HttpContext, Task>>> _scripts = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private FakeSlackApi(WebApplication app)
    {
        _app = app;
    }

    public ConcurrentQueue<(string Method, string? Authorization, string Body)> Calls { get; } = new();

    public Uri BaseUrl => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/api/");

    public static async Task<FakeSlackApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeSlackApi(app);
        app.MapPost("/api/{method}", async (HttpContext context, string method) =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            fake.Calls.Enqueue((method, context.Request.Headers.Authorization.ToString(), body));
            fake._arrived.Release();
            if (fake._scripts.TryGetValue(method, out var queue) && queue.TryDequeue(out var answer))
            {
                await answer(context);
                return;
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(fake.DefaultAnswer(method, body), context.RequestAborted);
        });
        app.MapPost("/upload/{fileId}", async (HttpContext context, string fileId) =>
        {
            // Slack's upload URL takes the raw bytes (or a multipart form) and answers 200 with plain text.
            using var bytes = new MemoryStream();
            await context.Request.Body.CopyToAsync(bytes, context.RequestAborted);
            fake.Uploads[fileId] = bytes.ToArray();
            fake.Calls.Enqueue(("upload", null, fileId));
            fake._arrived.Release();
            return Results.Text($"OK - {bytes.Length}");
        });
        app.MapPost("/hooks/{**path}", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            fake.Calls.Enqueue(("response_url", null, await reader.ReadToEndAsync(context.RequestAborted)));
            fake._arrived.Release();
            return Results.Text("ok");
        });
        await app.StartAsync();
        return fake;
    }

    public void Then(string method, int status, string json, string? retryAfter = null, TimeSpan delay = default) =>
        _scripts.GetOrAdd(method, _ => new()).Enqueue(async context =>
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

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(json, context.RequestAborted);
        });

    /// <summary>Users <c>users.info</c> knows, by id: display name, email (null without <c>users:read.email</c>) and <c>tz</c>.</summary>
    public ConcurrentDictionary<string, (string Name, string? Email, string? TimeZone)> People { get; } = new();

    /// <summary>The bytes POSTed to each upload URL, by file id.</summary>
    public ConcurrentDictionary<string, byte[]> Uploads { get; } = new();

    /// <summary>Slack's documented answer for a method nobody scripted.</summary>
    private string DefaultAnswer(string method, string body)
    {
        var form = System.Web.HttpUtility.ParseQueryString(body);
        switch (method)
        {
            case "files.getUploadURLExternal":
                var id = "F" + (Calls.Count(c => c.Method == method)).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
                return System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object> { ["ok"] = true, ["upload_url"] = new Uri(BaseUrl, "/upload/" + id).ToString(), ["file_id"] = id });
            case "files.completeUploadExternal":
                return "{\"ok\":true,\"files\":" + (form["files"] ?? "[]") + "}";
            case "users.info" when form["user"] is { } user && People.TryGetValue(user, out var person):
                var profile = new Dictionary<string, object?> { ["display_name"] = person.Name, ["real_name"] = person.Name };
                if (person.Email is not null)
                {
                    profile["email"] = person.Email;
                }

                return System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?>
                {
                    ["ok"] = true,
                    ["user"] = new Dictionary<string, object?> { ["id"] = user, ["name"] = person.Name.ToLowerInvariant(), ["real_name"] = person.Name, ["tz"] = person.TimeZone, ["profile"] = profile },
                });
            case "users.info":
                return """{"ok":false,"error":"user_not_found"}""";
            case "conversations.open":
                // As Slack documents it: the DM channel as an object, one per person: D0DM for the tests' manager U1 (the DM
                // their events come from), "D" + the user id for anyone else.
                return "{\"ok\":true,\"channel\":{\"id\":\"" + DirectMessageOf(System.Text.Json.Nodes.JsonNode.Parse(body)?["users"]?.GetValue<string>()) + "\"}}";
            default:
                return """{"ok":true,"channel":"D0DM","ts":"1700000000.000100"}""";
        }
    }

    /// <summary>A response_url on this fake, as Slack would hand one out.</summary>
    public Uri ResponseUrl => new(BaseUrl, "/hooks/commands/T1/1/abc");

    public int CallsTo(string method) => Calls.Count(c => c.Method == method);

    /// <summary>Waits (bounded) until a call to the method has arrived, and returns the newest.</summary>
    public async Task<(string Method, string? Authorization, string Body)> WaitForAsync(string method, int count = 1)
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            var calls = Calls.Where(c => c.Method == method).ToList();
            if (calls.Count >= count)
            {
                return calls[^1];
            }

            try
            {
                // Woken by every call that arrives; no polling interval.
                await _arrived.WaitAsync(bound.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"fewer than {count} {method} calls within 15 s; saw: {string.Join(", ", Calls.Select(c => c.Method))}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }

    /// <summary>The DM channel the fake gives a user: D0DM for the tests' manager (U1), "D" + the user id for others.</summary>
    public static string DirectMessageOf(string? user) => user is null or "U1" ? "D0DM" : "D" + user;
}
