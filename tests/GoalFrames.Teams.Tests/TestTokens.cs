using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GoalFrames.Teams.Tests;

/// <summary>Bearer tokens shaped like the ones the Bot Framework sends, signed with the test's keys (or deliberately not).</summary>
internal static class TestTokens
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";

    public static string Create(
        SecurityKey? key,
        DateTimeOffset expires,
        string issuer = "https://api.botframework.com",
        string audience = AppId,
        string? serviceUrl = null,
        string algorithm = SecurityAlgorithms.RsaSha256,
        IReadOnlyDictionary<string, object>? extraClaims = null)
    {
        var claims = new Dictionary<string, object>(extraClaims ?? new Dictionary<string, object>());
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expires.UtcDateTime.AddHours(-1),
            NotBefore = expires.UtcDateTime.AddHours(-1),
            Expires = expires.UtcDateTime,
            Claims = claims,
            SigningCredentials = key is null ? null : new SigningCredentials(key, algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>The claims of a token the bot's Entra tenant issued: its version, and the app it was issued to in that version's claim.</summary>
    public static IReadOnlyDictionary<string, object> IssuedTo(string version, string appId) =>
        new Dictionary<string, object> { ["ver"] = version, [version == "2.0" ? "azp" : "appid"] = appId };

    public static SymmetricSecurityKey SharedSecret() => new(Encoding.UTF8.GetBytes("a shared secret that is long enough for HS256 signing")) { KeyId = "teams-key" };
}
