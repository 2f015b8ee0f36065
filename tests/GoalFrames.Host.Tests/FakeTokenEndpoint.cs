using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GoalFrames.Host.Tests;

/// <summary>
/// The Entra token endpoint on loopback over HTTPS (MSAL talks to nothing else), with a certificate made for the test:
/// the host trusts it through <see cref="TrustFile"/> (<c>SSL_CERT_FILE</c>), never through the machine's store.
/// </summary>
internal sealed class FakeTokenEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _folder;
    private int _issued;

    private FakeTokenEndpoint(WebApplication app, string folder)
    {
        _app = app;
        _folder = folder;
    }

    public ConcurrentQueue<(string Path, string Body)> Requests { get; } = new();

    /// <summary>The authority host to configure (Teams:AuthorityHost).</summary>
    public string AuthorityHost => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";

    /// <summary>A PEM file holding only this endpoint's certificate.</summary>
    public string TrustFile => Path.Combine(_folder, "trust.pem");

    public static async Task<FakeTokenEndpoint> StartAsync()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, 0, critical: true));
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        var certificate = X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pkcs12), password: null);
        var folder = Directory.CreateTempSubdirectory("goalframes-token-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "trust.pem"), certificate.ExportCertificatePem());

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var endpoint = new FakeTokenEndpoint(app, folder);
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            endpoint.Requests.Enqueue((context.Request.Path.Value!, await reader.ReadToEndAsync(context.RequestAborted)));
            var token = new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = 3599, ["access_token"] = "connector-token-" + Interlocked.Increment(ref endpoint._issued) };
            return Results.Text(token.ToJsonString(), "application/json");
        });
        await app.StartAsync();
        return endpoint;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
