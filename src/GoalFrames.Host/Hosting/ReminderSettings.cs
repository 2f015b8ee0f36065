using System.Globalization;
using GoalFrames.Conversation.Reminders;

namespace GoalFrames.Host.Hosting;

/// <summary>
/// The <c>Reminders</c> section: reminders are off unless <c>Reminders:DaysBefore</c> is set (e.g. <c>"7,2"</c> or
/// <c>[7, 2]</c>); then the due date is the canon's <c>review_cycle.goals_due</c>, unless <c>Reminders:GoalsDueDate</c>
/// (yyyy-MM-dd, optional) overrides it, and <c>TimeZone</c> (IANA, default UTC), <c>WorkingHours</c> (default
/// <c>09:00-17:00</c>), <c>WorkingDays</c> (default Monday to Friday) and <c>CheckIntervalMinutes</c> (default 5) are
/// checked. A setting that cannot be read stops the start with what to write.
/// </summary>
internal static class ReminderSettings
{
    public const string Section = "Reminders";

    /// <summary>The settings and the operator's due date (null: the canon's review cycle gives it), or null when reminders are off.</summary>
    public static (ReminderOptions Options, DateOnly? DueDate)? Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var days = Days(section.GetSection("DaysBefore"));
        if (days.Count == 0)
        {
            return null;
        }

        DateOnly? due = string.IsNullOrWhiteSpace(section["GoalsDueDate"])
            ? null
            : DateOnly.TryParseExact(section["GoalsDueDate"]!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw Invalid("GoalsDueDate", section["GoalsDueDate"], "the goals due date as yyyy-MM-dd, e.g. 2026-03-20, or empty to take review_cycle.goals_due from canon.yaml");
        var zoneId = string.IsNullOrWhiteSpace(section["TimeZone"]) ? "UTC" : section["TimeZone"]!.Trim();
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var found)
            ? found
            : throw Invalid("TimeZone", zoneId, TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Paris", out _)
                ? "an IANA time zone this machine knows, e.g. Europe/Paris or America/New_York"
                : "an IANA time zone, and this machine knows none but UTC: install tzdata (the Dockerfile copies /usr/share/zoneinfo into the image)");
        var minutes = section["CheckIntervalMinutes"] is { Length: > 0 } text
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m > 0 ? m : throw Invalid("CheckIntervalMinutes", text, "a whole number of minutes, at least 1")
            : 5;
        return (new ReminderOptions(days, zone, Hours(section)) { CheckInterval = TimeSpan.FromMinutes(minutes) }, due);
    }

    private static List<int> Days(IConfigurationSection section)
    {
        var texts = section.Value is { } single ? single.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [.. section.GetChildren().Select(c => c.Value ?? string.Empty)];
        return [.. texts.Select(t => int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 366
            ? n
            : throw Invalid("DaysBefore", section.Value ?? string.Join(",", texts), "days before the due date, e.g. \"7,2\" (whole numbers from 0 to 366)")).Distinct()];
    }

    private static WorkingHours Hours(IConfigurationSection section)
    {
        var hours = WorkingHours.Default;
        if (section["WorkingHours"] is { Length: > 0 } range)
        {
            var parts = range.Split('-', StringSplitOptions.TrimEntries);
            hours = parts.Length == 2
                && TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
                && TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
                && start < end
                ? hours with { Start = start, End = end }
                : throw Invalid("WorkingHours", range, "a range of the day like 09:00-17:00, start before end");
        }

        if (section["WorkingDays"] is { Length: > 0 } list)
        {
            var days = new HashSet<DayOfWeek>();
            foreach (var name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                days.Add(Enum.TryParse<DayOfWeek>(name, ignoreCase: true, out var day) && Enum.IsDefined(day) && !char.IsDigit(name[0])
                    ? day
                    : throw Invalid("WorkingDays", list, "day names separated by commas, e.g. Monday,Tuesday,Wednesday,Thursday,Friday"));
            }

            hours = hours with { Days = days };
        }

        return hours;
    }

    private static InvalidOperationException Invalid(string key, string? value, string expected) =>
        new($"{Section}:{key} is '{value}'; it must be {expected}.");
}
