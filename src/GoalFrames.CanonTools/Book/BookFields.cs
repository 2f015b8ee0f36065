namespace GoalFrames.CanonTools.Book;

/// <summary>The field names of the long shape; they are the YAML keys, so HR and the files use the same words.</summary>
public static class BookFields
{
    /// <summary>A comment line kept above the header, the levels, a level or a family.</summary>
    public const string Comment = "comment";

    /// <summary>A comment line at the top of <c>levels.yaml</c>.</summary>
    public const string LevelsComment = "levels_comment";

    /// <summary>A name (canon, family, focus).</summary>
    public const string Name = "name";

    /// <summary>A version (canon or profile).</summary>
    public const string Version = "version";

    /// <summary>One value of the canon's review cycle; the id is its key (<see cref="ReviewCycleKeys"/>).</summary>
    public const string ReviewCycle = "review_cycle";

    /// <summary>A title (level or profile).</summary>
    public const string Title = "title";

    /// <summary>The level's track.</summary>
    public const string Track = "track";

    /// <summary>The level's rank.</summary>
    public const string Rank = "rank";

    /// <summary>The level's typical years.</summary>
    public const string TypicalYears = "typical_years";

    /// <summary>The level's summary.</summary>
    public const string Summary = "summary";

    /// <summary>One level dimension; the id is its key.</summary>
    public const string Dimensions = "dimensions";

    /// <summary>The family file name.</summary>
    public const string File = "file";

    /// <summary>The focus description.</summary>
    public const string Description = "description";

    /// <summary>One focus alias.</summary>
    public const string Aliases = "aliases";

    /// <summary>The profile status.</summary>
    public const string Status = "status";

    /// <summary>The profile's sample flag.</summary>
    public const string Sample = "sample";

    /// <summary>The profile provenance.</summary>
    public const string Provenance = "provenance";

    /// <summary>One core output.</summary>
    public const string CoreOutputs = "core_outputs";

    /// <summary>One component responsibility.</summary>
    public const string Responsibilities = "responsibilities";

    /// <summary>One rubric; the id is its key.</summary>
    public const string Rubrics = "rubrics";

    /// <summary>The keys of the review cycle, in file order; the cycle's dates are written <c>yyyy-MM-dd</c>.</summary>
    public static IReadOnlyList<string> ReviewCycleKeys { get; } = ["name", "start", "end", "goals_due"];

    /// <summary>The fields that hold text rows with ids, in file order.</summary>
    public static IReadOnlyList<string> RowFields { get; } = [CoreOutputs, Responsibilities, Rubrics];
}
