namespace GoalFrames.Canon.Tests;

/// <summary>A family file for tests: family CLINIC1 with focus GEN, and profiles written by the test.</summary>
internal static class TestFamily
{
    /// <summary>Everything up to the focus's <c>profiles:</c> key (8 lines); profiles follow at 6 spaces.</summary>
    public const string Head = """
        family:
          code: CLINIC1
          name: Clinical Trials Operations
        focuses:
          - code: GEN
            name: General
            description: Runs clinical trials.
            profiles:

        """;

    /// <summary>A profile with one core output (5 lines, then the row's <c>text</c> on line 6 at column 19).</summary>
    public static string Profile(string level, string text = "Serves as department head") => $"""
              - level: {level}
                status: approved
                version: 1
                provenance: test
                core_outputs:
                  - text: {text}
                    id: dept-head

        """;
}
