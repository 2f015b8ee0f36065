namespace GoalFrames.Slack;

/// <summary>Writes the Slack app manifest (<c>manifests/slack/manifest.yaml</c>) for a deployment's public URL.</summary>
public static class SlackManifest
{
    private const string TemplateUrl = "https://goalframes.example.com";

    /// <summary>The manifest with every request URL on <paramref name="publicUrl"/>.</summary>
    /// <param name="publicUrl">The HTTPS origin Slack reaches GoalFrames at, e.g. <c>https://goals.example.org</c>.</param>
    /// <param name="socketMode">True for Socket Mode (no public request URLs are needed; Slack connects out).</param>
    /// <returns>The manifest YAML.</returns>
    public static string Write(Uri publicUrl, bool socketMode)
    {
        ArgumentNullException.ThrowIfNull(publicUrl);
        if (!publicUrl.IsAbsoluteUri || publicUrl.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException($"Slack only calls HTTPS URLs; '{publicUrl}' is not one", nameof(publicUrl));
        }

        if (publicUrl.AbsolutePath != "/" || !string.IsNullOrEmpty(publicUrl.Query))
        {
            throw new ArgumentException($"give the origin only (scheme, host and port), not '{publicUrl}'", nameof(publicUrl));
        }

        var origin = publicUrl.GetLeftPart(UriPartial.Authority);
        var manifest = Template().Replace(TemplateUrl, origin, StringComparison.Ordinal);
        return socketMode
            ? manifest.Replace("socket_mode_enabled: false", "socket_mode_enabled: true", StringComparison.Ordinal)
            : manifest;
    }

    /// <summary>
    /// The manifest for Socket Mode without a public URL: Slack connects out over the app-level token's WebSocket, so
    /// the request URLs and the OAuth redirect are left out (installs go through the app's settings page).
    /// </summary>
    /// <returns>The manifest YAML.</returns>
    public static string WriteForSocketMode()
    {
        var lines = Template()
            .Replace("socket_mode_enabled: false", "socket_mode_enabled: true", StringComparison.Ordinal)
            .Split('\n')
            .Where(line => !line.StartsWith('#') && !line.Contains(TemplateUrl, StringComparison.Ordinal) && line.Trim() != "redirect_urls:");
        return "# Slack app manifest for GoalFrames in Socket Mode (goalframes slack manifest --socket-mode): no request URLs,\n"
            + "# Slack sends everything over the app-level token's connection. Paste it at api.slack.com/apps → From an app manifest.\n"
            + string.Join('\n', lines);
    }

    private static string Template()
    {
        using var stream = typeof(SlackManifest).Assembly.GetManifestResourceStream("GoalFrames.Slack.manifest.yaml")
            ?? throw new InvalidOperationException("the Slack manifest template is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
