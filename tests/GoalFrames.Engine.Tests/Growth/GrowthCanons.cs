using GoalFrames.Testing;

namespace GoalFrames.Engine.Tests.Growth;

/// <summary>
/// A canon built to hit every growth rule. Levels A1–A3 (professional), B1–B2 (management), X1 (no dimensions):
/// <list type="bullet">
/// <item>A1 → A2: scope reads the same; autonomy and impact differ; complexity only at A2 (no From line); decision
/// rights at neither; leadership only at A1 (To lacks it).</item>
/// <item>Profiles: A1 and A2 share one core output and the complexity rubric; A2 has no knowledge rubric; A3 has no
/// core outputs, only responsibilities (one shared with A1's); B2 has no rows and no rubrics; there is no B1 profile,
/// and focus EMPTY has no profiles at all.</item>
/// </list>
/// </summary>
internal static class GrowthCanons
{
    public const string Levels = """
        levels:
          - code: A1
            title: Analyst
            track: professional
            rank: 1
            dimensions:
              scope: Same scope at A1 and A2
              autonomy: A1 autonomy
              impact: A1 impact
              leadership: Leadership only at A1
          - code: A2
            title: Senior Analyst
            track: professional
            rank: 2
            dimensions:
              scope: Same scope at A1 and A2
              autonomy: A2 autonomy
              complexity: Complexity only from A2
              impact: A2 impact
          - code: A3
            title: Lead Analyst
            track: professional
            rank: 3
            dimensions:
              scope: A3 scope
          - code: B1
            title: Manager
            track: management
            rank: 1
            dimensions:
              scope: B1 scope
              decision_rights: B1 decision rights
          - code: B2
            title: Senior Manager
            track: management
            rank: 2
            dimensions:
              scope: B2 scope
              decision_rights: B1 decision rights
          - code: X1
            title: Fellow
            track: other
            rank: 1
        """;

    public const string Family = """
        family:
          code: GROW1
          name: Growth family
        focuses:
          - code: GROW
            name: Growth focus
            description: A focus built to hit every growth rule.
            aliases: [grow]
            profiles:
              - level: A1
                status: approved
                version: 1
                provenance: test
                core_outputs:
                  - id: only-a1-first
                    text: Output only at A1, first
                  - id: shared
                    text: Output at A1 and A2
                  - id: only-a1-second
                    text: Output only at A1, second
                responsibilities:
                  - id: a1-resp
                    text: Responsibility at A1 and A3
                rubrics:
                  complexity: Same complexity rubric at A1 and A2
                  knowledge_application: Knowledge rubric only at A1
              - level: A2
                status: draft
                version: 2
                provenance: test
                core_outputs:
                  - id: new-first
                    text: Output new at A2, first
                  - id: shared-again
                    text: Output at A1 and A2
                  - id: new-second
                    text: Output new at A2, second
                rubrics:
                  complexity: Same complexity rubric at A1 and A2
              - level: A3
                status: approved
                version: 1
                provenance: test
                responsibilities:
                  - id: a3-new
                    text: Responsibility new at A3
                  - id: a3-shared
                    text: Responsibility at A1 and A3
                rubrics:
                  knowledge_application: Knowledge rubric at A3
              - level: B2
                status: approved
                version: 1
                provenance: test
          - code: EMPTY
            name: Empty focus
            description: A focus with no profiles.
            aliases: [empty]
        """;

    public static TempCanon Create() => new(Family, Levels);
}
