namespace GoalFrames.Canon.Yaml;

/// <summary>What one family file gave, with the positions the cross-file checks need.</summary>
internal sealed record FamilyFile(
    string File,
    JobFamily Family,
    YNode CodeNode,
    IReadOnlyList<Profile> Profiles,
    IReadOnlyList<(Focus Focus, string Alias, YNode Node)> Aliases);
