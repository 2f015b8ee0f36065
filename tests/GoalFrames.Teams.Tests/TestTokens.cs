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
        string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var claims = new Dictionary<string, object>();
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

    public static SymmetricSecurityKey SharedSecret() => new(Encoding.UTF8.GetBytes("a shared secret that is long enough for HS256 signing")) { KeyId = "teams-key" };
}
