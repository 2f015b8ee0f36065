using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.Rendering.Exports.Team;

/// <summary>
/// Exports drafts about people into one file for the system of record (Culture Amp, Betterworks), or as JSON, CSV or
/// Markdown. Every goal keeps the canon text its draft was saved with and the manager's values, nothing else; a goal
/// with an unfilled placeholder keeps it visible (<c>⟨target⟩</c>) and is counted in the summary. A person's email
/// comes from their drafts (<see cref="DraftSubject.Email"/>): the caller fills it from the platform's directory first.
/// </summary>
public sealed class TeamExporter
{
    private readonly GoalCollector _collector;

    /// <summary>Creates an exporter.</summary>
    /// <param name="engine">The frame engine.</param>
    public TeamExporter(FrameEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _collector = new GoalCollector(engine);
    }

    /// <summary>Exports the drafts last saved within the cycle (all of them without one).</summary>
    /// <param name="canon">The current canon.</param>
    /// <param name="drafts">The drafts.</param>
    /// <param name="format">The format.</param>
    /// <param name="cycle">The review cycle, or null.</param>
    public TeamExport Export(ICanon canon, IEnumerable<Draft> drafts, TeamExportFormat format, ExportCycle? cycle = null)
    {
        ArgumentNullException.ThrowIfNull(canon);
        ArgumentNullException.ThrowIfNull(drafts);
        var (people, aboutNobody, removed) = _collector.Collect(canon, drafts.Where(d => cycle?.Includes(d.UpdatedAt) ?? true));
        var needsEmail = format is TeamExportFormat.CultureAmp or TeamExportFormat.Betterworks;
        var inFile = needsEmail ? [.. people.Where(p => p.Person.Email is not null)] : people;
        var goals = inFile.SelectMany(p => p.Goals).ToList();
        var summary = new TeamExportSummary(
            inFile.Count,
            goals.Count,
            needsEmail ? [.. people.Where(p => p.Person.Email is null).Select(p => p.Person.Name)] : [],
            goals.Count(g => g.Blanks.Count > 0),
            aboutNobody,
            removed);
        var name = "goals-" + format.Keyword() + (cycle is null ? string.Empty : "-" + ExportCycle.Iso(cycle.Start) + "-" + ExportCycle.Iso(cycle.End));
        return format switch
        {
            TeamExportFormat.CultureAmp => new TeamExport(name + ".csv", "text/csv", CultureAmpCsv.Write(people), summary),
            TeamExportFormat.Betterworks => new TeamExport(name + ".csv", "text/csv", BetterworksCsv.Write(people, cycle), summary),
            TeamExportFormat.Json => new TeamExport(name + ".json", "application/json", GoalsJson.Write(people), summary),
            TeamExportFormat.Csv => new TeamExport(name + ".csv", "text/csv", TeamCsv.Write(people), summary),
            TeamExportFormat.Markdown => new TeamExport(name + ".md", "text/markdown", TeamMarkdown.Write(people), summary),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }
}
