namespace GoalFrames.Canon.Yaml;

/// <summary>Reads <c>canon.yaml</c>: the canon's name and declared version.</summary>
internal static class CanonHeaderReader
{
    public static (string Name, string Version) Read(YNode root, ProblemSink sink)
    {
        var map = MappingView.Of(root, sink, "canon.yaml", "name", "version");
        var name = map?.RequiredText("name")?.Value ?? "canon";
        var version = map?.RequiredText("version")?.Value ?? "0";
        return (name, version);
    }
}
