using System.Globalization;

namespace GoalFrames.Canon;

/// <summary>
/// What <c>canon validate</c> and every verb that loads a canon print: notes and warnings on the output, problems on
/// the error stream, each as <c>file:line:column: message</c>, then one closing line.
/// </summary>
public static class CanonReport
{
    /// <summary>Writes the whole report of <c>canon validate</c>.</summary>
    /// <param name="result">What loading gave.</param>
    /// <param name="directory">The directory that was loaded, as the user named it.</param>
    /// <param name="output">Where notes, warnings and the "ok" line go.</param>
    /// <param name="error">Where problems go.</param>
    /// <returns>The exit code: 0 when the canon is sound (warnings included), 1 otherwise.</returns>
    public static int WriteValidation(CanonLoadResult result, string directory, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var note in result.Notes)
        {
            output.WriteLine($"note: {note}");
        }

        foreach (var warning in result.Warnings)
        {
            output.WriteLine($"warning: {warning}");
        }

        if (!result.IsValid)
        {
            WriteProblems(result, directory, error);
            return 1;
        }

        var canon = result.Canon!;
        var warnings = result.Warnings.Count == 0 ? string.Empty : $", {Count(result.Warnings.Count, "warning")}";
        output.WriteLine($"ok: {directory}: canon '{canon.Name}' version {canon.Version}, {canon.Levels.Count} levels, {canon.Families.Count} families, {canon.Profiles.Count} profiles{warnings}");
        return 0;
    }

    /// <summary>Writes every problem, then how many there are and where, unless the problem is the directory itself.</summary>
    /// <param name="result">What loading gave.</param>
    /// <param name="directory">The directory that was loaded, as the user named it.</param>
    /// <param name="error">Where problems go.</param>
    public static void WriteProblems(CanonLoadResult result, string directory, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(error);
        foreach (var problem in result.Problems)
        {
            error.WriteLine(problem);
        }

        if (result.Problems.Any(p => p.File.Length > 0))
        {
            error.WriteLine($"{Count(result.Problems.Count, "problem")} in {directory}; fix {(result.Problems.Count == 1 ? "it" : "them")} and run the command again");
        }
    }

    private static string Count(int count, string noun) =>
        $"{count.ToString(CultureInfo.InvariantCulture)} {noun}{(count == 1 ? string.Empty : "s")}";
}
