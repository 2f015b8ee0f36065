namespace GoalFrames.Testing;

/// <summary>A canon directory written to a temporary folder from inline YAML; deleted on dispose.</summary>
internal sealed class TempCanon : IDisposable
{
    public const string Header = "name: Test canon\nversion: \"1\"\n";

    public const string Levels = """
        levels:
          - code: M5
            title: Senior Director
            track: management
            rank: 5
            dimensions:
              scope: Multiple functions or a large department
              autonomy: Owns multi-year strategy for the area
              complexity: Org-level trade-offs and investment
              impact: Multi-function results
              decision_rights: Owns investment and org design across functions
              leadership: Leads directors and managers
          - code: P2
            title: Professional
            track: professional
            rank: 2
          - code: S1
            title: Assistant
            track: support
            rank: 1
            dimensions:
              scope: Own tasks
              impact: Own work
        """;

    public TempCanon(string family, string? levels = null, string? header = null, IReadOnlyDictionary<string, string>? extraFamilies = null)
    {
        Directory.CreateDirectory(Path.Combine(Dir, "families"));
        File.WriteAllText(Path.Combine(Dir, "canon.yaml"), header ?? Header);
        File.WriteAllText(Path.Combine(Dir, "levels.yaml"), levels ?? Levels);
        File.WriteAllText(Path.Combine(Dir, "families", "family.yaml"), family);
        foreach (var (name, text) in extraFamilies ?? new Dictionary<string, string>())
        {
            File.WriteAllText(Path.Combine(Dir, "families", name), text);
        }
    }

    public string Dir { get; } = Path.Combine(Path.GetTempPath(), "goalframes-canon-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
