namespace GoalFrames.Testing;

/// <summary>A small family before and after HR edited it: one row kept, one reworded, one removed.</summary>
internal static class DriftCanons
{
    public const string Before = """
        family:
          code: CLINIC1
          name: Clinical Trials Operations
        focuses:
          - code: CLINICAL3CD6
            name: Clinical Trials Operations
            description: Runs clinical trials.
            aliases: [clinops]
            profiles:
              - level: M5
                status: approved
                version: 1
                provenance: test
                core_outputs:
                  - id: dept-head
                    text: Serves as department head
                  - id: budget
                    text: Owns the department budget
                  - id: hiring
                    text: Hires the leadership team
                rubrics:
                  complexity: Solves complex issues.
        """;

    public static string After => Before
        .Replace("text: Owns the department budget", "text: Owns the department budget and forecast", StringComparison.Ordinal)
        .Replace("          - id: hiring\n            text: Hires the leadership team\n", string.Empty, StringComparison.Ordinal);
}
