using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GoalFrames.Teams;

/// <summary>
/// Writes the Teams app package: a zip with <c>manifest.json</c> (from <c>manifests/teams/manifest.json</c>, the app and
/// bot id set to the given app id), <c>color.png</c> and <c>outline.png</c> at its root, ready to sideload or upload.
/// </summary>
public static class TeamsAppPackage
{
    /// <summary>The files at the root of the package, in the order they are written.</summary>
    public static IReadOnlyList<string> Files { get; } = ["manifest.json", "color.png", "outline.png"];

    /// <summary>The manifest with the app id (also the bot id: the Azure Bot's Microsoft App ID) filled in.</summary>
    /// <param name="appId">The Microsoft App ID of the bot's app registration.</param>
    /// <returns>The manifest JSON, indented.</returns>
    public static string Manifest(Guid appId)
    {
        if (appId == Guid.Empty)
        {
            throw new ArgumentException("give the bot's Microsoft App ID, not the empty GUID", nameof(appId));
        }

        var manifest = JsonNode.Parse(Resource("manifest.json"))!.AsObject();
        var id = appId.ToString("D");
        manifest["id"] = id;
        foreach (var bot in manifest["bots"]!.AsArray())
        {
            bot!["botId"] = id;
        }

        return manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>Writes the package to a stream.</summary>
    /// <param name="appId">The Microsoft App ID of the bot's app registration.</param>
    /// <param name="output">Where the zip goes; left open.</param>
    public static void Write(Guid appId, Stream output)
    {
        var manifest = Manifest(appId);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var name in Files)
        {
            var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
            using var stream = entry.Open();
            if (name == "manifest.json")
            {
                using var writer = new StreamWriter(stream);
                writer.Write(manifest);
            }
            else
            {
                stream.Write(Resource(name));
            }
        }
    }

    private static byte[] Resource(string name)
    {
        using var stream = typeof(TeamsAppPackage).Assembly.GetManifestResourceStream("GoalFrames.Teams." + name)
            ?? throw new InvalidOperationException($"the Teams package file '{name}' is not embedded");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
