using System.Diagnostics;
using System.Text.Json;
using GoalFrames.Testing;
using YamlDotNet.RepresentationModel;

namespace GoalFrames.Host.Tests;

/// <summary>
/// deploy/: the Kubernetes manifests validated against the Kubernetes JSON Schemas that the npm package
/// kubernetes-models ships (tests/GoalFrames.Host.Tests/k8s, installed by scripts/k8s-checker-for-tests.sh), with a
/// negative control; the probes and user agree with the image; the canon ConfigMaps hold a valid canon; the systemd
/// unit passes <c>systemd-analyze verify</c>.
/// </summary>
public sealed class DeploymentManifestsTests
{
    private static readonly string K8s = Path.Combine(RepoPaths.Root, "deploy", "k8s");
    private static readonly string Checker = Path.Combine(RepoPaths.Root, "tests", "GoalFrames.Host.Tests", "k8s");

    [Fact]
    public async Task KubernetesManifests_AreValidAgainstTheSchemas_AndTheCheckerRefusesABrokenOne()
    {
        var node = NodeOrSkip();
        var files = Directory.GetFiles(K8s, "*.yaml").Order(StringComparer.Ordinal).ToArray();

        var run = await Validate(node, files);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        var reports = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.All(reports, r => Assert.True(r.GetProperty("ok").GetBoolean(), r.ToString()));
        Assert.Equal(
            ["ConfigMap", "Deployment", "PodDisruptionBudget", "Secret", "Service"],
            reports.Select(r => r.GetProperty("kind").GetString()!).Distinct().Order(StringComparer.Ordinal));

        var broken = Path.Combine(Directory.CreateTempSubdirectory("goalframes-k8s-").FullName, "broken.yaml");
        await File.WriteAllTextAsync(broken, File.ReadAllText(Path.Combine(K8s, "deployment.yaml")).Replace("replicas: 2", "replicas: two", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        var refused = await Validate(node, broken);
        Directory.Delete(Path.GetDirectoryName(broken)!, recursive: true);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("/spec/replicas must be integer", refused.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Deployment_ProbesPortAndUser_MatchTheImage()
    {
        var stage = DockerfileStage.Read(Path.Combine(RepoPaths.Root, "Dockerfile"));
        var deployment = Load(Path.Combine(K8s, "deployment.yaml")).Single();
        var pod = Map(Map(Map(deployment, "spec"), "template"), "spec");
        var container = (YamlMappingNode)((YamlSequenceNode)pod["containers"])[0];

        Assert.Equal("/healthz", Scalar(Map(Map(container, "livenessProbe"), "httpGet"), "path"));
        Assert.Equal("/readyz", Scalar(Map(Map(container, "readinessProbe"), "httpGet"), "path"));
        var port = Scalar((YamlMappingNode)((YamlSequenceNode)container["ports"])[0], "containerPort");
        Assert.EndsWith(":" + port, stage.Environment["Urls"], StringComparison.Ordinal);
        Assert.Equal(stage.User, Scalar(Map(pod, "securityContext"), "runAsUser"));
        Assert.Equal("0", Scalar(Map(Map(Map(deployment, "spec"), "strategy"), "rollingUpdate"), "maxUnavailable"));
    }

    [Fact]
    public void CanonConfigMaps_MountedAsTheDeploymentMountsThem_AreAValidCanon()
    {
        var maps = Load(Path.Combine(K8s, "configmap-canon.yaml")).ToDictionary(m => Scalar(Map(m, "metadata"), "name"), m => Map(m, "data"));
        var folder = Directory.CreateTempSubdirectory("goalframes-k8s-canon-");
        try
        {
            Write(maps["goalframes-canon"], folder.FullName);
            Write(maps["goalframes-canon-families"], Directory.CreateDirectory(Path.Combine(folder.FullName, "families")).FullName);

            var run = CommandLineRun.Invoke("canon", "validate", folder.FullName);

            Assert.True(run.ExitCode == 0, run.Output + run.Error);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task SystemdUnit_PassesSystemdAnalyzeVerify()
    {
        Assert.SkipUnless(File.Exists("/usr/bin/systemd-analyze"), "systemd-analyze is not installed");
        var folder = Directory.CreateTempSubdirectory("goalframes-unit-");
        try
        {
            // The unit names /opt/goalframes/goalframes; verify checks that ExecStart exists, so point it at this build's binary.
            var unit = File.ReadAllText(Path.Combine(RepoPaths.Root, "deploy", "systemd", "goalframes.service"));
            Assert.Contains("ExecStart=/opt/goalframes/goalframes serve", unit, StringComparison.Ordinal);
            var copy = Path.Combine(folder.FullName, "goalframes.service");
            await File.WriteAllTextAsync(copy, unit.Replace("/opt/goalframes/goalframes", "/bin/true", StringComparison.Ordinal), TestContext.Current.CancellationToken);

            var run = await CommandLineProcess.RunAsync(new ProcessStartInfo("systemd-analyze", ["verify", copy]), TimeSpan.FromMinutes(1));

            Assert.True(run.ExitCode == 0 && run.Error.Length == 0 && run.Output.Length == 0, run.Output + run.Error);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string NodeOrSkip()
    {
        var node = GoalFrames.Teams.Tests.PlaygroundProcess.OnPath("node");
        var installed = File.Exists(Path.Combine(Checker, "node_modules", "kubernetes-models", "package.json"));
        if (node is null || !installed)
        {
            const string Missing = "the manifest checker is not installed: run scripts/k8s-checker-for-tests.sh (needs node and npm)";
            Assert.SkipWhen(!string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), Missing);
            Assert.Fail(Missing);
        }

        return node!;
    }

    private static Task<CommandLineProcess> Validate(string node, params string[] files) =>
        CommandLineProcess.RunAsync(new ProcessStartInfo(node, [Path.Combine(Checker, "validate.mjs"), .. files]) { WorkingDirectory = Checker }, TimeSpan.FromMinutes(1));

    private static List<YamlMappingNode> Load(string path)
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(path);
        yaml.Load(reader);
        return [.. yaml.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>()];
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node[key];

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

    private static void Write(YamlMappingNode data, string folder)
    {
        foreach (var (key, value) in data.Children)
        {
            File.WriteAllText(Path.Combine(folder, ((YamlScalarNode)key).Value!), ((YamlScalarNode)value).Value);
        }
    }
}
