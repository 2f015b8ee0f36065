using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using GoalFrames.Testing;

namespace GoalFrames.Teams.Tests;

/// <summary>
/// The app package: the manifest template and the package written for an app id are valid against the Teams v1.25
/// schema (Microsoft's developer.microsoft.com/json-schemas/teams/v1.25/MicrosoftTeams.schema.json, vendored in Schemas/
/// and checked with <see cref="JsonSchemaSubset"/>), list the commands, and carry icons Teams accepts.
/// </summary>
public sealed class TeamsAppPackageTests
{
    private static readonly Guid AppId = Guid.Parse("11111111-2222-3333-4444-555555555555");

    private static string ManifestDir => Path.Combine(RepoPaths.Root, "manifests", "teams");

    private const string SchemaFile = "teams-manifest-v1.25.schema.json";

    private static string VendoredSchema => Path.Combine(RepoPaths.Root, "tests", "GoalFrames.Teams.Tests", "Schemas", SchemaFile);

    private static JsonSchemaSubset Schema { get; } = new(JsonDocument.Parse(File.ReadAllText(VendoredSchema)).RootElement);

    [Fact]
    public void VendoredSchema_IsTheOneInTheSharedReferenceDocuments()
    {
        var shared = Path.Combine(RepoPaths.Shared, "schemas", SchemaFile);
        if (!File.Exists(shared))
        {
            Assert.Skip($"{shared} is not beside this clone; the vendored copy in tests/GoalFrames.Teams.Tests/Schemas is used as it is");
        }

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(File.ReadAllText(shared)), JsonNode.Parse(File.ReadAllText(VendoredSchema))), $"{VendoredSchema} differs from {shared}: copy it again");
    }

    [Fact]
    public void Template_IsValidAgainstTheV125Schema()
    {
        var errors = Schema.Validate(JsonDocument.Parse(File.ReadAllText(Path.Combine(ManifestDir, "manifest.json"))).RootElement);

        Assert.Empty(errors);
    }

    [Fact]
    public void Write_ForAnAppId_ZipsManifestAndIconsAtTheRootWithTheAppIdAsAppAndBot()
    {
        using var zipped = new MemoryStream();
        TeamsAppPackage.Write(AppId, zipped);

        zipped.Position = 0;
        using var zip = new ZipArchive(zipped, ZipArchiveMode.Read);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
        Assert.Empty(Schema.Validate(manifest.RootElement));
        Assert.Equal("11111111-2222-3333-4444-555555555555", manifest.RootElement.GetProperty("id").GetString());
        Assert.Equal("11111111-2222-3333-4444-555555555555", manifest.RootElement.GetProperty("bots")[0].GetProperty("botId").GetString());
        using var icon = new MemoryStream();
        zip.GetEntry("outline.png")!.Open().CopyTo(icon);
        Assert.Equal(File.ReadAllBytes(Path.Combine(ManifestDir, "outline.png")), icon.ToArray());
    }

    [Fact]
    public void Write_EmptyAppId_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => TeamsAppPackage.Write(Guid.Empty, new MemoryStream()));
    }

    [Fact]
    public void Manifest_Commands_AreHelpListAndTheGoalsGrammarInEveryScope()
    {
        using var manifest = JsonDocument.Parse(TeamsAppPackage.Manifest(AppId));
        var bot = manifest.RootElement.GetProperty("bots")[0];
        var list = bot.GetProperty("commandLists")[0];

        Assert.Equal(["goals help", "goals list", "goals <focus> <level> <framework>"], list.GetProperty("commands").EnumerateArray().Select(c => c.GetProperty("title").GetString()));
        Assert.Equal(["personal", "team", "groupChat"], list.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["personal", "team", "groupChat"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
    }

    [Theory]
    [InlineData("name.short over 30 characters", "/name/short: 31 characters")]
    [InlineData("an unknown top-level property", "/unknownField: property not allowed")]
    [InlineData("no developer", "/developer: required")]
    [InlineData("a botId that is not a GUID", "/bots/0/botId: 'goalframes' does not match")]
    [InlineData("13 commands", "/bots/0/commandLists/0/commands: 13 items")]
    [InlineData("an unknown scope", "/bots/0/scopes/0: \"meeting\" is not one of")]
    public void Schema_BrokenManifest_IsCaught(string breakage, string error)
    {
        var manifest = JsonNode.Parse(TeamsAppPackage.Manifest(AppId))!.AsObject();
        var bot = manifest["bots"]![0]!.AsObject();
        switch (breakage)
        {
            case "name.short over 30 characters": manifest["name"]!["short"] = new string('G', 31); break;
            case "an unknown top-level property": manifest["unknownField"] = true; break;
            case "no developer": manifest.Remove("developer"); break;
            case "a botId that is not a GUID": bot["botId"] = "goalframes"; break;
            case "13 commands": bot["commandLists"]![0]!["commands"] = new JsonArray([.. Enumerable.Range(0, 13).Select(i => (JsonNode)new JsonObject { ["title"] = $"c{i}", ["description"] = "d" })]); break;
            case "an unknown scope": bot["scopes"] = new JsonArray("meeting"); break;
        }

        var errors = Schema.Validate(JsonDocument.Parse(manifest.ToJsonString()).RootElement);

        Assert.Contains(errors, e => e.StartsWith(error, StringComparison.Ordinal));
    }

    [Fact]
    public void ColorIcon_Is192Square()
    {
        var icon = PngImage.Read(File.ReadAllBytes(Path.Combine(ManifestDir, "color.png")));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.Equal(255, icon.Pixel(0, 0).A);
    }

    [Fact]
    public void OutlineIcon_Is32SquareWhiteOnTransparent()
    {
        var icon = PngImage.Read(File.ReadAllBytes(Path.Combine(ManifestDir, "outline.png")));

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        var pixels = Enumerable.Range(0, 32 * 32).Select(i => icon.Pixel(i % 32, i / 32)).ToList();
        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
    }
}
