using Microsoft.IdentityModel.Tokens;

namespace GoalFrames.Teams.Auth;

/// <summary>What one OpenID metadata document says about signing: the keys, and which channels each key is endorsed for.</summary>
/// <param name="Keys">The signing keys of the JWKS.</param>
/// <param name="Endorsements">The channels each key id is endorsed for (Bot Framework keys list e.g. <c>msteams</c>); empty for Entra keys.</param>
internal sealed record BotSigningMetadata(IReadOnlyList<SecurityKey> Keys, IReadOnlyDictionary<string, IReadOnlySet<string>> Endorsements);
