using System.Reflection;

namespace GoalFrames.Architecture.Tests;

/// <summary>
/// Holds the dependency direction of STYLE.md: Canon ← Engine ← Rendering ← {Slack, Teams} ← Host, Engine ← Storage ← Host.
/// The core never sees ASP.NET Core, HTTP, SQL or a chat platform.
/// </summary>
public sealed class DependencyDirectionTests
{
    private static readonly string[] PlatformPrefixes =
        ["Microsoft.AspNetCore", "GoalFrames.Slack", "GoalFrames.Teams", "GoalFrames.Storage", "GoalFrames.Host", "Microsoft.Data.Sqlite", "Npgsql", "System.Net.Http"];

    public static TheoryData<string, string[]> Allowed() => new()
    {
        { "GoalFrames.Canon", ["YamlDotNet"] },
        { "GoalFrames.Engine", ["GoalFrames.Canon"] },
        { "GoalFrames.Rendering", ["GoalFrames.Engine", "GoalFrames.Canon"] },
        { "GoalFrames.Conversation", ["GoalFrames.Engine", "GoalFrames.Canon", "Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.Logging.Abstractions"] },
        { "GoalFrames.CanonTools", ["GoalFrames.Canon", "GoalFrames.Engine", "YamlDotNet", "DocumentFormat.OpenXml", "DocumentFormat.OpenXml.Framework", "Sylvan.Data.Csv"] },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void CoreAssembly_ReferencesOnlyWhatItMay(string assemblyName, string[] allowedProjectsAndPackages)
    {
        var assembly = Load(assemblyName);

        var references = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        var forbidden = references.Where(r => PlatformPrefixes.Any(p => r.StartsWith(p, StringComparison.Ordinal))).ToList();
        Assert.True(forbidden.Count == 0, $"{assemblyName} must not reference {string.Join(", ", forbidden)}");
        var unexpected = references
            .Where(r => !r.StartsWith("System", StringComparison.Ordinal) && r != "netstandard" && !r.StartsWith("Microsoft.Win32", StringComparison.Ordinal))
            .Where(r => !allowedProjectsAndPackages.Contains(r))
            .ToList();
        Assert.True(unexpected.Count == 0, $"{assemblyName} references {string.Join(", ", unexpected)}, which STYLE.md does not allow");
    }

    [Theory]
    [InlineData("GoalFrames.Slack", "GoalFrames.Teams")]
    [InlineData("GoalFrames.Teams", "GoalFrames.Slack")]
    public void Adapter_SeesTheCoreButNeverTheOtherAdapterStorageOrHost(string adapter, string other)
    {
        var references = Load(adapter).GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("GoalFrames.Rendering", references);
        Assert.DoesNotContain(other, references);
        Assert.DoesNotContain("GoalFrames.Storage", references);

        // Behaviour is the conversation core's; an adapter only translates payloads in and outcomes out.
        Assert.Contains("GoalFrames.Conversation", references);
        Assert.DoesNotContain("goalframes", references);
    }

    [Fact]
    public void Storage_SeesOnlyTheEngineCanonConversationAndHostingOfGoalFramesAndNoWebStack()
    {
        var references = Load("GoalFrames.Storage").GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("GoalFrames.Engine", references);
        Assert.All(references.Where(r => r.StartsWith("GoalFrames", StringComparison.Ordinal)), r => Assert.Contains(r, new[] { "GoalFrames.Engine", "GoalFrames.Canon", "GoalFrames.Hosting", "GoalFrames.Conversation" }));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void Hosting_SeesNoGoalFramesProjectAndNoWebStack()
    {
        var references = Load("GoalFrames.Hosting").GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, r => r.StartsWith("GoalFrames", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void Host_IsTheOnlyAssemblyThatSeesEverything()
    {
        var host = Load("goalframes").GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.Contains("GoalFrames.Engine", host);
        Assert.Contains("GoalFrames.Rendering", host);
        Assert.Contains("GoalFrames.Canon", host);
        Assert.Contains("GoalFrames.Slack", host);
        Assert.Contains("GoalFrames.Teams", host);
        Assert.Contains("GoalFrames.Storage", host);
    }

    [Fact]
    public void PublicSurfaceOfTheEngine_HasNoPlatformNouns()
    {
        var platformWords = new[] { "Slack", "Teams", "Activity", "HttpContext", "Block", "AdaptiveCard" };

        var leaks = new[] { "GoalFrames.Engine", "GoalFrames.Conversation" }.SelectMany(name => Load(name).GetExportedTypes())
            .Where(t => platformWords.Any(w => t.Name.Contains(w, StringComparison.Ordinal)))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(leaks);
    }

    [Fact]
    public void ClassesInSrc_AreSealedOrStaticOrAbstract()
    {
        var open = new[] { "GoalFrames.Canon", "GoalFrames.Engine", "GoalFrames.Conversation", "GoalFrames.Rendering", "GoalFrames.Slack", "GoalFrames.Teams", "GoalFrames.Storage", "GoalFrames.Hosting", "goalframes" }
            .SelectMany(name => Load(name).GetTypes())
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !t.Name.StartsWith('<') && t.Namespace?.StartsWith("GoalFrames", StringComparison.Ordinal) == true)
            .Where(t => t.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null)
            .Where(t => t.Name != "Program")
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(open);
    }

    private static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));
}
