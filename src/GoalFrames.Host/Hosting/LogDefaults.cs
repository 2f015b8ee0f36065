using Microsoft.Extensions.Configuration.Memory;

namespace GoalFrames.Host.Hosting;

/// <summary>
/// Production log levels as the ASP.NET Core templates set them: Warning for the framework's per-request lines
/// (hosting, routing, HttpClient, Polly), Information for GoalFrames' own events and the start-up lines. They sit
/// below every other configuration source, so <c>Logging:LogLevel:…</c> in appsettings, the environment or the
/// command line still overrides each one.
/// </summary>
internal static class LogDefaults
{
    public static readonly IReadOnlyDictionary<string, string?> Levels = new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        ["Logging:LogLevel:System.Net.Http"] = "Warning",
        ["Logging:LogLevel:Polly"] = "Warning",
    };

    public static void AddGoalFramesLogDefaults(this WebApplicationBuilder builder) =>
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Levels });
}
