namespace GoalFrames.Canon.Yaml;

/// <summary>Reads <c>canon.yaml</c>: the canon's name, declared version and, when HR declares one, the review cycle.</summary>
internal static class CanonHeaderReader
{
    public static (string Name, string Version, ReviewCycle? Cycle) Read(YNode root, ProblemSink sink)
    {
        var map = MappingView.Of(root, sink, "canon.yaml", "name", "version", ReviewCycleReader.Key);
        var name = map?.RequiredText("name")?.Value ?? "canon";
        var version = map?.RequiredText("version")?.Value ?? "0";
        var cycle = map is null ? null : ReviewCycleReader.Read(map, sink);
        return (name, version, cycle);
    }
}
