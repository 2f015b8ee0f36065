using System.Net.WebSockets;
using System.Text.Json;
using GoalFrames.Hosting;
using GoalFrames.Slack.Api;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GoalFrames.Slack.SocketMode;

/// <summary>
/// Slack Socket Mode for deployments without public ingress: opens a connection with the app token, answers every
/// envelope by <c>envelope_id</c>, reconnects when Slack asks (<c>refresh_requested</c>, <c>warning</c>,
/// <c>too_many_websockets</c>) or the socket dies, stops on <c>link_disabled</c>, and detects half-open sockets with
/// WebSocket keep-alive pings that must be answered.
/// </summary>
internal sealed partial class SocketModeService(
    SlackApiClient api,
    SocketEnvelopeDispatcher dispatcher,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SocketModeService> logger) : BackgroundService
{
    private const int MaxFrameBytes = 1024 * 1024;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var token = options.Value.AppToken;
        if (string.IsNullOrEmpty(token))
        {
            return;
        }

        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var url = (await api.OpenSocketConnectionAsync(token, stoppingToken).ConfigureAwait(false)).Url
                    ?? throw new SlackApiException("apps.connections.open", "no_url", []);
                var outcome = await RunConnectionAsync(url, stoppingToken).ConfigureAwait(false);
                failures = 0;
                if (outcome == "link_disabled")
                {
                    LogLinkDisabled(logger);
                    return;
                }

                LogReconnecting(logger, outcome);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Whatever broke the connection (Slack, the network, a bug), Socket Mode reconnects rather than stopping the host.
                failures++;
                BackgroundFailures.Record(logger, "slack-socket-mode", "connection", ex);
                var delay = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, failures)));
                LogConnectionFailed(logger, delay);
                await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<string> RunConnectionAsync(Uri url, CancellationToken stoppingToken)
    {
        using var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = options.Value.SocketKeepAlive;
        socket.Options.KeepAliveTimeout = options.Value.SocketKeepAlive;
        await socket.ConnectAsync(url, stoppingToken).ConfigureAwait(false);
        var buffer = new byte[16 * 1024];
        while (socket.State == WebSocketState.Open)
        {
            var frame = await ReceiveAsync(socket, buffer, stoppingToken).ConfigureAwait(false);
            if (frame is null)
            {
                return "closed";
            }

            var envelope = JsonSerializer.Deserialize(frame, SocketModeJsonContext.Default.SocketEnvelope);
            switch (envelope?.Type)
            {
                case "hello":
                    LogHello(logger);
                    break;
                case "disconnect":
                    await CloseQuietlyAsync(socket).ConfigureAwait(false);
                    return envelope.Reason ?? "disconnect";
                case not null when envelope.EnvelopeId is not null:
                    SocketAck ack;
                    try
                    {
                        ack = await dispatcher.DispatchAsync(envelope, stoppingToken).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                    {
                        // One failing envelope must not take the connection down: acknowledge it, in Slack's form, and carry on.
                        BackgroundFailures.Record(logger, "slack-socket-mode", $"envelope {envelope.Type}", ex);
                        ack = SocketEnvelopeDispatcher.FailureAck(envelope);
                    }

                    var bytes = JsonSerializer.SerializeToUtf8Bytes(ack, SocketModeJsonContext.Default.SocketAck);
                    await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, stoppingToken).ConfigureAwait(false);
                    break;
                default:
                    LogUnknownFrame(logger, envelope?.Type);
                    break;
            }
        }

        return "closed";
    }

    private static async Task<byte[]?> ReceiveAsync(ClientWebSocket socket, byte[] buffer, CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (message.Length > MaxFrameBytes)
            {
                throw new WebSocketException($"a Socket Mode frame exceeded {MaxFrameBytes} bytes");
            }

            if (result.EndOfMessage)
            {
                return message.ToArray();
            }
        }
    }

    private static async Task CloseQuietlyAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "reconnecting", timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            socket.Abort();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack Socket Mode connected")]
    private static partial void LogHello(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack Socket Mode connection ended ({Reason}); reconnecting")]
    private static partial void LogReconnecting(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack disabled this Socket Mode link; Socket Mode stops")]
    private static partial void LogLinkDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack Socket Mode connection failed; retrying in {Delay}")]
    private static partial void LogConnectionFailed(ILogger logger, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Slack Socket Mode frame of unknown type {Type} ignored")]
    private static partial void LogUnknownFrame(ILogger logger, string? type);
}
