namespace GoalFrames.Canon.Yaml;

/// <summary>Reads <c>levels.yaml</c>: every level with its title, track, rank and dimensions.</summary>
internal static class LevelsFileReader
{
    private static readonly string[] LevelKeys = ["code", "title", "track", "rank", "typical_years", "summary", "dimensions"];
    private static readonly string[] DimensionKeys = [.. DimensionKindExtensions.InOrder.Select(k => k.YamlKey())];

    public static List<Level> Read(YNode root, ProblemSink sink)
    {
        var levels = new List<Level>();
        var file = MappingView.Of(root, sink, "levels.yaml", "levels");
        var list = file?.RequiredSequence("levels");
        if (list is null)
        {
            return levels;
        }

        var seen = new Dictionary<string, YNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in list.Items)
        {
            var map = MappingView.Of(item, sink, "a level", LevelKeys);
            if (map is null)
            {
                continue;
            }

            var codeNode = map.RequiredText("code");
            var code = codeNode is null ? null : map.Match(codeNode, CanonPatterns.LevelCode, "level code");
            var title = map.RequiredText("title")?.Value;
            var track = map.RequiredEnum<LevelTrack>("track");
            var rank = map.RequiredInt("rank", 1, 99);
            var years = map.OptionalText("typical_years")?.Value;
            var summary = map.OptionalText("summary")?.Value;
            var dimensions = code is null ? [] : ReadDimensions(map, code, sink);

            if (code is not null && codeNode is not null && !seen.TryAdd(code, codeNode))
            {
                sink.Add(codeNode, $"level {code} is defined twice (first at line {seen[code].Line})");
                continue;
            }

            if (code is not null && title is not null && track is not null && rank is not null)
            {
                levels.Add(new Level(code, title, track.Value, rank.Value, years, summary, dimensions));
            }
        }

        return levels;
    }

    private static List<LevelDimension> ReadDimensions(MappingView level, string code, ProblemSink sink)
    {
        var result = new List<LevelDimension>();
        var node = level.OptionalMapping("dimensions");
        if (node is null)
        {
            return result;
        }

        var map = MappingView.Of(node, sink, $"the dimensions of level {code}", DimensionKeys);
        if (map is null)
        {
            return result;
        }

        foreach (var kind in DimensionKindExtensions.InOrder)
        {
            var text = map.OptionalText(kind.YamlKey());
            if (text is not null)
            {
                result.Add(new LevelDimension(kind, new CanonRow(new CanonRef(CanonField.LevelDimension, code, kind.YamlKey()), text.Value)));
            }
        }

        return result;
    }
}
