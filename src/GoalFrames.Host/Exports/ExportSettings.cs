using GoalFrames.Conversation.Exports;
using GoalFrames.Rendering.Exports.Team;

namespace GoalFrames.Host.Exports;

/// <summary>Reads the <c>Exports</c> section (<c>HrAdministrators</c>, <c>DefaultFormat</c>) once at start; a format that does not exist stops the start.</summary>
internal static class ExportSettings
{
    public static ExportOptions Read(IConfiguration configuration)
    {
        var format = configuration[$"{ExportOptions.Section}:DefaultFormat"];
        if (!string.IsNullOrWhiteSpace(format) && TeamExportFormats.Parse(format) is null)
        {
            throw new InvalidOperationException($"{ExportOptions.Section}:DefaultFormat is '{format}'; use one of {string.Join(", ", TeamExportFormats.Names)}.");
        }

        return new ExportOptions
        {
            HrAdministrators = [.. configuration.GetSection($"{ExportOptions.Section}:HrAdministrators").GetChildren().Select(c => c.Value).OfType<string>().Where(v => v.Trim().Length > 0)],
            DefaultFormat = string.IsNullOrWhiteSpace(format) ? "csv" : format.Trim(),
        };
    }
}
