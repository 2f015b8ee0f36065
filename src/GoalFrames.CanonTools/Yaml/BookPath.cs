namespace GoalFrames.CanonTools.Yaml;

/// <summary>
/// Names one element of a canon book (<c>family/CLINIC1/CDM/P3/core_outputs/edc-build</c>), so a YAML line the writer
/// wrote and a spreadsheet cell the importer read can point at the same thing.
/// </summary>
internal static class BookPath
{
    public const string Canon = "canon";

    public static string Of(params string[] parts) => string.Join('/', parts);

    public static string Level(string code) => Of("level", code);

    public static string Family(string code) => Of("family", code);

    public static string Focus(string family, string focus) => Of("family", family, focus);

    public static string Profile(string family, string focus, string level) => Of("family", family, focus, level);

    /// <summary>The paths from the element up to the canon, most specific first.</summary>
    public static IEnumerable<string> Ancestry(string path)
    {
        for (var at = path; at.Length > 0; at = at.LastIndexOf('/') is var cut and > 0 ? at[..cut] : string.Empty)
        {
            yield return at;
        }

        yield return Canon;
    }
}
