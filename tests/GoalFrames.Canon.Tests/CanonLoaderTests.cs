using GoalFrames.Testing;

namespace GoalFrames.Canon.Tests;

public sealed class CanonLoaderTests
{
    private const string GoodFamily = """
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
                rubrics:
                  complexity: Solves complex issues.
        """;

    [Fact]
    public void Load_SampleCanon_IsValidAndHoldsTheSeedProfile()
    {
        var result = CanonLoader.Load(RepoPaths.SampleCanon);

        Assert.Empty(result.Problems);
        var profile = result.Canon!.FindProfile("CLINIC1.CLINICAL3CD6.M5");
        Assert.NotNull(profile);
        Assert.Equal(5, profile.CoreOutputs.Count);
        Assert.Equal("Senior Director", profile.Level.Title);
        Assert.Equal(6, profile.Level.Dimensions.Count);
        Assert.Equal("Multiple functions or a large department", profile.Level.Dimension(DimensionKind.Scope)!.Row.Text);
    }

    [Fact]
    public void Load_SampleCanon_HasEveryLevelFamily()
    {
        var canon = CanonLoader.LoadOrThrow(RepoPaths.SampleCanon);

        foreach (var (prefix, count) in new[] { ("P", 7), ("M", 6), ("E", 6), ("S", 4) })
        {
            for (var rank = 1; rank <= count; rank++)
            {
                Assert.NotNull(canon.FindLevel($"{prefix}{rank}"));
            }
        }
    }

    [Fact]
    public void Load_GoodCanon_ReadsRowsWithStableIds()
    {
        using var dir = new TempCanon(GoodFamily);

        var canon = CanonLoader.LoadOrThrow(dir.Dir);

        var profile = canon.FindProfile("clinic1.clinical3cd6.m5")!;
        var row = Assert.Single(profile.CoreOutputs);
        Assert.Equal(new CanonRef(CanonField.CoreOutput, "CLINIC1.CLINICAL3CD6.M5", "dept-head"), row.Ref);
        Assert.Equal("Serves as department head", canon.FindText(row.Ref));
        Assert.Null(profile.KnowledgeApplicationRubric);
        Assert.Single(canon.FindFocuses("CLINOPS"));
    }

    [Fact]
    public void Load_Fingerprint_ChangesWhenTextChanges()
    {
        using var a = new TempCanon(GoodFamily);
        using var b = new TempCanon(GoodFamily.Replace("Serves as department head", "Serves as the department head", StringComparison.Ordinal));

        Assert.NotEqual(CanonLoader.LoadOrThrow(a.Dir).Fingerprint, CanonLoader.LoadOrThrow(b.Dir).Fingerprint);
    }

    [Fact]
    public void Load_ManyProblems_ReportsEveryOneWithItsPosition()
    {
        const string broken = """
            family:
              code: CLINIC1
              name: Clinical Trials Operations
            focuses:
              - code: CLINICAL3CD6
                name: Clinical Trials Operations
                description: ""
                aliases: [clinops, clinops]
                profiles:
                  - level: M9
                    status: approved
                    version: 1
                    provenance: test
                  - level: M5
                    status: aproved
                    version: one
                    provenance: test
                    core_output:
                      - id: a
                        text: x
                    core_outputs:
                      - id: dup
                        text: first
                      - id: dup
                        text: second
                      - id: Bad_Id
                        text: third
                      - id: empty
                        text: "   "
            """;
        using var dir = new TempCanon(broken);

        var result = CanonLoader.Load(dir.Dir);

        Assert.Null(result.Canon);
        var lines = result.Problems.Select(p => p.ToString()).ToList();
        Assert.Contains("families/family.yaml:7:18: 'description' in a focus is empty", lines);
        Assert.Contains("families/family.yaml:8:24: duplicate alias 'clinops' in this focus", lines);
        Assert.Contains(lines, l => l.StartsWith("families/family.yaml:10:16: profile names unknown level 'M9'", StringComparison.Ordinal) && l.Contains("M5", StringComparison.Ordinal));
        Assert.Contains("families/family.yaml:15:17: 'status' in a profile must be one of draft, approved, found 'aproved'", lines);
        Assert.Contains("families/family.yaml:16:18: 'version' in a profile must be a whole number from 1 to 1000000, found 'one'", lines);
        Assert.Contains("families/family.yaml:18:9: unknown key 'core_output' in a profile; did you mean 'core_outputs'?", lines);
        Assert.Contains(lines, l => l.StartsWith("families/family.yaml:24:17: duplicate row id 'dup'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("families/family.yaml:26:17: 'id' in a row of core_outputs 'Bad_Id' must be lower-case", StringComparison.Ordinal));
        Assert.Contains("families/family.yaml:29:19: 'text' in a row of core_outputs is empty", lines);
    }

    [Fact]
    public void Load_AliasBomb_IsRefusedWithoutExpanding()
    {
        var bomb = new System.Text.StringBuilder("family:\n  code: X1\n  name: a\nbomb:\n  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 0; i < 9; i++)
        {
            var prev = (char)('a' + i);
            var next = (char)('b' + i);
            bomb.Append($"  {next}: &{next} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n");
        }

        bomb.Append("focuses: []\n");
        using var dir = new TempCanon(bomb.ToString());

        var problems = CanonLoader.Load(dir.Dir).Problems;

        Assert.Contains(problems, p => p.Message.Contains("aliases (*a) are not allowed", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("anchors (&a) are not allowed", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_YamlTag_IsRefusedAndNeverInstantiated()
    {
        using var dir = new TempCanon("family: !!python/object:os.system\n  code: X1\n  name: a\nfocuses: !System.Diagnostics.Process []\n");

        var problems = CanonLoader.Load(dir.Dir).Problems;

        Assert.Contains(problems, p => p.Line == 1 && p.Message.StartsWith("YAML tags (tag:yaml.org,2002:python/object:os.system) are not allowed", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 4 && p.Message.Contains("!System.Diagnostics.Process", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_OversizedFile_IsRefused()
    {
        using var dir = new TempCanon(GoodFamily, extraFamilies: new Dictionary<string, string>
        {
            ["huge.yaml"] = "# " + new string('x', (int)CanonLoader.MaxFileBytes) + "\n",
        });

        var problem = Assert.Single(CanonLoader.Load(dir.Dir).Problems);

        Assert.Equal("families/huge.yaml", problem.File);
        Assert.Contains("the limit is", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateFamilyAcrossFiles_NamesTheOtherFile()
    {
        using var dir = new TempCanon(GoodFamily, extraFamilies: new Dictionary<string, string> { ["zz-copy.yaml"] = GoodFamily });

        var problem = Assert.Single(CanonLoader.Load(dir.Dir).Problems);

        Assert.Equal("families/zz-copy.yaml:2:9: family CLINIC1 is already defined in families/family.yaml", problem.ToString());
    }

    [Fact]
    public void Load_AliasSharedByTwoFocuses_IsANoteNotAnError()
    {
        var twoFocuses = GoodFamily + """

              - code: OTHER
                name: Other focus
                description: Another one.
                aliases: [clinops]
            """;
        using var dir = new TempCanon(twoFocuses);

        var result = CanonLoader.Load(dir.Dir);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Contains(result.Notes, n => n.Message.Contains("alias 'clinops' is shared by CLINIC1.CLINICAL3CD6, CLINIC1.OTHER", StringComparison.Ordinal));
        Assert.Equal(2, result.Canon!.FindFocuses("clinops").Count);
    }

    [Fact]
    public void Load_MissingFile_IsReportedForTheWholeFile()
    {
        using var dir = new TempCanon(GoodFamily);
        File.Delete(Path.Combine(dir.Dir, "levels.yaml"));

        var problems = CanonLoader.Load(dir.Dir).Problems;

        Assert.Contains(problems, p => p.ToString() == "levels.yaml: the file is missing");
    }

    [Fact]
    public void Load_LevelProblems_AreReported()
    {
        const string levels = """
            levels:
              - code: M5
                title: Senior Director
                track: managment
                rank: 5
                dimensions:
                  scope: Wide
                  scop: Typo
              - code: P2
                track: professional
                rank: 2
              - code: m3
                title: Manager
                track: management
                rank: 3
            """;
        using var dir = new TempCanon(GoodFamily, levels: levels);

        var lines = CanonLoader.Load(dir.Dir).Problems.Select(p => p.ToString()).ToList();

        Assert.Contains("levels.yaml:4:12: 'track' in a level must be one of professional, management, executive, support, other, found 'managment'", lines);
        Assert.Contains("levels.yaml:8:7: unknown key 'scop' in the dimensions of level M5; did you mean 'scope'?", lines);
        Assert.Contains("levels.yaml:9:5: a level is missing 'title'", lines);
        Assert.Contains("levels.yaml:12:11: level code 'm3' must be upper-case letters followed by digits (e.g. M5)", lines);
    }
}
