using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GoalFrames.Slack.Tests;

/// <summary>
/// A local Socket Mode peer: a fake <c>apps.connections.open</c> handing out ws:// URLs on loopback, and a WebSocket
/// endpoint that plays one scripted conversation per connection.
/// </summary>
internal sealed class FakeSocketModePeer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<WebSocket, Task>> _conversations = new();

    private FakeSocketModePeer(WebApplication app)
    {
        _app = app;
    }

    public int ConnectionsOpened;

    public ConcurrentQueue<string> Received { get; } = new();

    public Uri ApiBaseUrl => new(Address + "/api/");

    private string Address => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public static async Task<FakeSocketModePeer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var peer = new FakeSocketModePeer(app);
        app.UseWebSockets();
        app.MapPost("/api/apps.connections.open", (HttpContext context) =>
        {
            Interlocked.Increment(ref peer.ConnectionsOpened);
            var ok = context.Request.Headers.Authorization.ToString() == "Bearer xapp-test";
            return Results.Text(ok ? $$"""{"ok":true,"url":"{{peer.Address.Replace("http", "ws", StringComparison.Ordinal)}}/link"}""" : """{"ok":false,"error":"invalid_auth"}""", "application/json");
        });
        app.Map("/link", async (HttpContext context) =>
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            if (peer._conversations.TryDequeue(out var conversation))
            {
                await conversation(socket);
            }
        });
        await app.StartAsync();
        return peer;
    }

    public void ThenConversation(Func<WebSocket, Task> conversation) => _conversations.Enqueue(conversation);

    public static Task SendAsync(WebSocket socket, string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    public async Task<string> ReceiveAsync(WebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, CancellationToken.None);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        var text = Encoding.UTF8.GetString(message.ToArray());
        Received.Enqueue(text);
        return text;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
