using System.CommandLine;
using GoalFrames.Host.Hosting;

namespace GoalFrames.Host.Cli;

/// <summary>
/// <c>healthcheck [--url …]</c>: asks a running host's <c>/healthz</c> and exits 0 when it answers 200, 1 otherwise.
/// A container's HEALTHCHECK runs the binary itself, so the image needs no shell, curl or wget.
/// </summary>
internal static class HealthcheckCommand
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var url = new Option<string?>("--url") { Description = "The URL to ask (default: /healthz on the port of the host's Urls setting, on loopback)." };
        var timeout = new Option<double>("--timeout") { Description = "Seconds to wait for the answer.", DefaultValueFactory = _ => 3 };
        var command = new Command("healthcheck", "Ask a running host whether it is alive (exit 0) or not (exit 1), e.g. for a container HEALTHCHECK.") { url, timeout };
        command.SetAction(async (result, cancellationToken) =>
        {
            var target = result.GetValue(url) ?? HealthzOf(Environment.GetEnvironmentVariable("Urls") ?? Environment.GetEnvironmentVariable("ASPNETCORE_URLS"));
            if (!Uri.TryCreate(target, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                error.WriteLine($"error: '{target}' is not an http(s) URL, e.g. http://127.0.0.1:3978/healthz");
                return UsageErrors.ExitCode;
            }

            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(Math.Max(0.1, result.GetValue(timeout))) };
            try
            {
                using var response = await client.GetAsync(uri, cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    output.WriteLine($"healthy: {uri} answered {(int)response.StatusCode}");
                    return 0;
                }

                error.WriteLine($"unhealthy: {uri} answered {(int)response.StatusCode}");
                return 1;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                error.WriteLine($"unhealthy: {uri} did not answer: {ex.Message}");
                return 1;
            }
        });
        return command;
    }

    /// <summary>/healthz on loopback at the first listening address's port (0.0.0.0, [::], * and + listen on loopback too).</summary>
    internal static string HealthzOf(string? urls)
    {
        var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (string.IsNullOrEmpty(first))
        {
            return new Uri(new Uri(GoalFramesWebApp.DefaultUrl), "/healthz").ToString();
        }

        var wildcard = first.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
        if (!Uri.TryCreate(wildcard, UriKind.Absolute, out var listen))
        {
            return first;
        }

        var host = listen.Host is "0.0.0.0" or "[::]" or "::" ? "127.0.0.1" : listen.Host;
        return new UriBuilder(listen.Scheme, host, listen.Port, "/healthz").Uri.ToString();
    }
}
