namespace GoalFrames.Canon.Yaml;

/// <summary>Reads one <c>families/*.yaml</c> file: a family, its focuses and their profiles.</summary>
internal static class FamilyFileReader
{
    private static readonly string[] FocusKeys = ["code", "name", "description", "aliases", "profiles"];
    private static readonly string[] ProfileKeys =
        ["level", "title", "status", "version", "sample", "provenance", "core_outputs", "responsibilities", "rubrics"];

    public static FamilyFile? Read(YNode root, ProblemSink sink, IReadOnlyDictionary<string, Level> levels)
    {
        var file = MappingView.Of(root, sink, "a family file", "family", "focuses");
        if (file is null)
        {
            return null;
        }

        var familyMap = MappingView.Of(file.Get("family"), sink, "family", "code", "name");
        if (familyMap is null && !file.Has("family"))
        {
            sink.Add(file.Node, "a family file is missing 'family'");
        }

        var code = familyMap?.RequiredMatch("code", CanonPatterns.Code);
        var name = familyMap?.RequiredText("name")?.Value;
        var focusList = file.RequiredSequence("focuses");
        if (focusList is null)
        {
            return null;
        }

        var focuses = new List<Focus>();
        var profiles = new List<Profile>();
        var aliases = new List<(Focus, string, YNode)>();
        var focusCodes = new Dictionary<string, YNode>(StringComparer.OrdinalIgnoreCase);
        var family = new JobFamily(code ?? "?", name ?? "?", focuses);

        foreach (var item in focusList.Items)
        {
            var map = MappingView.Of(item, sink, "a focus", FocusKeys);
            if (map is null)
            {
                continue;
            }

            var focusCodeNode = map.RequiredText("code");
            var focusCode = focusCodeNode is null ? null : map.Match(focusCodeNode, CanonPatterns.Code, "focus code");
            var focusName = map.RequiredText("name")?.Value;
            var description = map.RequiredText("description")?.Value;
            var focusAliases = ReadAliases(map, sink);
            var focus = new Focus(family.Code, focusCode ?? "?", focusName ?? "?", description ?? "?", [.. focusAliases.Select(a => a.Alias)]);
            ReadProfiles(map, family, focus, sink, levels, profiles);
            if (focusCode is null || focusName is null || description is null)
            {
                continue;
            }

            if (!focusCodes.TryAdd(focusCode, focusCodeNode!))
            {
                sink.Add(focusCodeNode!, $"focus {focusCode} is defined twice in family {family.Code} (first at line {focusCodes[focusCode].Line})");
                continue;
            }

            if (!map.Has("profiles"))
            {
                sink.Warn(map.Node, $"focus {focus.Key} has no profiles, so nothing can be shown for it; add one under 'profiles'");
            }

            focuses.Add(focus);
            aliases.AddRange(focusAliases.Select(a => (focus, a.Alias, a.Node)));
        }

        return code is null || name is null ? null : new FamilyFile(sink.File, family, familyMap!.PositionOf("code"), profiles, aliases);
    }

    private static List<(string Alias, YNode Node)> ReadAliases(MappingView focus, ProblemSink sink)
    {
        var result = new List<(string, YNode)>();
        var list = focus.OptionalSequence("aliases", mayBeEmpty: true);
        if (list is null)
        {
            return result;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in list.Items)
        {
            var scalar = focus.Text(item, "an alias");
            var alias = scalar is null ? null : focus.Match(scalar, CanonPatterns.Alias, "alias");
            if (alias is null)
            {
                continue;
            }

            if (!seen.Add(alias))
            {
                sink.Add(item, $"duplicate alias '{alias}' in this focus");
                continue;
            }

            result.Add((alias, item));
        }

        return result;
    }

    private static void ReadProfiles(
        MappingView focusMap,
        JobFamily family,
        Focus focus,
        ProblemSink sink,
        IReadOnlyDictionary<string, Level> levels,
        List<Profile> profiles)
    {
        var list = focusMap.OptionalSequence("profiles", mayBeEmpty: false);
        if (list is null)
        {
            return;
        }

        var seenLevels = new Dictionary<string, YNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in list.Items)
        {
            var map = MappingView.Of(item, sink, "a profile", ProfileKeys);
            if (map is null)
            {
                continue;
            }

            var levelNode = map.RequiredText("level");
            var levelCode = levelNode is null ? null : map.Match(levelNode, CanonPatterns.LevelCode, "'level' in a profile");
            Level? level = null;
            if (levelNode is not null && levelCode is not null && !levels.TryGetValue(levelCode, out level))
            {
                sink.Add(levelNode, $"profile names unknown level '{levelNode.Value}'" + LevelHint(levelNode.Value, levels));
            }

            var owner = $"{focus.Key}.{level?.Code ?? levelNode?.Value ?? "?"}";
            var title = map.OptionalText("title")?.Value;
            var status = map.RequiredEnum<ProfileStatus>("status");
            var version = map.RequiredInt("version", 1, 1_000_000);
            var sample = map.OptionalBool("sample") ?? false;
            var provenance = map.RequiredText("provenance")?.Value;
            var rowIds = new Dictionary<string, YNode>(StringComparer.Ordinal);
            var coreOutputs = ReadRows(map, "core_outputs", CanonField.CoreOutput, owner, sink, rowIds);
            var responsibilities = ReadRows(map, "responsibilities", CanonField.Responsibility, owner, sink, rowIds);
            var (complexity, knowledge) = ReadRubrics(map, owner, sink);

            if (level is null || status is null || version is null || provenance is null)
            {
                continue;
            }

            if (!seenLevels.TryAdd(level.Code, levelNode!))
            {
                sink.Add(levelNode!, $"focus {focus.Code} has two {level.Code} profiles (first at line {seenLevels[level.Code].Line})");
                continue;
            }

            profiles.Add(new Profile(
                owner, family, focus, level, title, status.Value, version.Value, sample, provenance,
                coreOutputs, responsibilities, complexity, knowledge));
            if (coreOutputs.Count == 0 && responsibilities.Count == 0 && level.Dimensions.Count == 0)
            {
                sink.Warn(map.Node, $"profile {owner} would show nothing: it has no core_outputs and no responsibilities, and level {level.Code} has no dimensions in levels.yaml; add rows under core_outputs or responsibilities, or remove the profile");
            }
        }
    }

    private static List<CanonRow> ReadRows(
        MappingView profile,
        string key,
        CanonField field,
        string owner,
        ProblemSink sink,
        Dictionary<string, YNode> rowIds)
    {
        var rows = new List<CanonRow>();
        var list = profile.OptionalSequence(key, mayBeEmpty: false);
        if (list is null)
        {
            return rows;
        }

        foreach (var item in list.Items)
        {
            var map = MappingView.Of(item, sink, $"a row of {key}", "id", "text");
            if (map is null)
            {
                continue;
            }

            var id = map.RequiredMatch("id", CanonPatterns.RowId);
            var text = map.RequiredText("text")?.Value;
            if (id is null || text is null)
            {
                continue;
            }

            if (!rowIds.TryAdd(id, map.PositionOf("id")))
            {
                sink.Add(map.PositionOf("id"), $"duplicate row id '{id}' in profile {owner} (first at line {rowIds[id].Line})");
                continue;
            }

            rows.Add(new CanonRow(new CanonRef(field, owner, id), text));
        }

        return rows;
    }

    private static (CanonRow? Complexity, CanonRow? Knowledge) ReadRubrics(MappingView profile, string owner, ProblemSink sink)
    {
        var node = profile.OptionalMapping("rubrics");
        if (node is null)
        {
            return (null, null);
        }

        var map = MappingView.Of(node, sink, "rubrics", "complexity", "knowledge_application");
        var complexity = map?.OptionalText("complexity")?.Value;
        var knowledge = map?.OptionalText("knowledge_application")?.Value;
        return (
            complexity is null ? null : new CanonRow(new CanonRef(CanonField.ComplexityRubric, owner, "complexity"), complexity),
            knowledge is null ? null : new CanonRow(new CanonRef(CanonField.KnowledgeApplicationRubric, owner, "knowledge_application"), knowledge));
    }

    private static string LevelHint(string code, IReadOnlyDictionary<string, Level> levels)
    {
        var near = levels.Keys
            .OrderBy(k => Similarity.Distance(code, k))
            .ThenBy(k => k, StringComparer.Ordinal)
            .Take(3)
            .ToList();
        return near.Count == 0 ? " (levels.yaml defines none)" : $"; levels.yaml defines e.g. {string.Join(", ", near)}";
    }
}
