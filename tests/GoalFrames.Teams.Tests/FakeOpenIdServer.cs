using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.IdentityModel.Tokens;

namespace GoalFrames.Teams.Tests;

/// <summary>
/// OpenID metadata and JWKS on loopback, shaped like login.botframework.com's (keys with <c>endorsements</c>) and like
/// Entra's (keys without), signed with RSA keys generated for the test.
/// </summary>
internal sealed class FakeOpenIdServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<RSA> _rsas = [];

    private FakeOpenIdServer(WebApplication app)
    {
        _app = app;
        TeamsKey = NewKey("teams-key");
        WebChatOnlyKey = NewKey("webchat-only-key");
        EntraKey = NewKey("entra-key");
    }

    public RsaSecurityKey TeamsKey { get; }

    public RsaSecurityKey WebChatOnlyKey { get; }

    public RsaSecurityKey EntraKey { get; }

    public int MetadataRequests { get; private set; }

    public string BaseUrl => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public string BotFrameworkMetadataUrl => BaseUrl + "/v1/.well-known/openidconfiguration";

    public string EntraMetadataUrl => BaseUrl + "/common/v2.0/.well-known/openid-configuration";

    public static async Task<FakeOpenIdServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeOpenIdServer(app);
        app.MapGet("/v1/.well-known/openidconfiguration", () =>
        {
            server.MetadataRequests++;
            return Results.Json(Metadata("https://api.botframework.com", server.BaseUrl + "/v1/keys"));
        });
        app.MapGet("/v1/keys", () => Results.Json(new JsonObject
        {
            ["keys"] = new JsonArray(Jwk(server.TeamsKey, "msteams", "skype"), Jwk(server.WebChatOnlyKey, "webchat")),
        }));
        app.MapGet("/common/v2.0/.well-known/openid-configuration", () =>
            Results.Json(Metadata("https://login.microsoftonline.com/{tenantid}/v2.0", server.BaseUrl + "/common/discovery/v2.0/keys")));
        app.MapGet("/common/discovery/v2.0/keys", () => Results.Json(new JsonObject { ["keys"] = new JsonArray(Jwk(server.EntraKey)) }));
        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        foreach (var rsa in _rsas)
        {
            rsa.Dispose();
        }
    }

    private RsaSecurityKey NewKey(string kid)
    {
        var rsa = RSA.Create(2048);
        _rsas.Add(rsa);
        return new RsaSecurityKey(rsa) { KeyId = kid };
    }

    private static JsonObject Metadata(string issuer, string jwksUri) => new()
    {
        ["issuer"] = issuer,
        ["authorization_endpoint"] = "https://invalid.example/authorize",
        ["jwks_uri"] = jwksUri,
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    };

    private static JsonObject Jwk(RsaSecurityKey key, params string[] endorsements)
    {
        var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements.Length > 0)
        {
            jwk["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode)JsonValue.Create(e))]);
        }

        return jwk;
    }
}
