using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace GoalFrames.Teams.Auth;

/// <summary>
/// Reads an OpenID metadata document and its JWKS: the signing keys (through Microsoft.IdentityModel) and each key's
/// <c>endorsements</c>, which the Bot Framework JWKS carries beside the standard fields.
/// </summary>
internal sealed class BotMetadataRetriever : IConfigurationRetriever<BotSigningMetadata>
{
    public async Task<BotSigningMetadata> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(retriever);
        var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(address, retriever, cancel).ConfigureAwait(false);
        if (string.IsNullOrEmpty(configuration.JwksUri))
        {
            throw new InvalidOperationException($"the OpenID metadata at {address} has no jwks_uri");
        }

        var jwks = await retriever.GetDocumentAsync(configuration.JwksUri, cancel).ConfigureAwait(false);
        var document = JsonSerializer.Deserialize(jwks, AuthJsonContext.Default.JwksDocument);
        var endorsements = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var key in document?.Keys ?? [])
        {
            if (!string.IsNullOrEmpty(key.Kid) && key.Endorsements is { Count: > 0 })
            {
                endorsements[key.Kid] = key.Endorsements.ToHashSet(StringComparer.OrdinalIgnoreCase);
            }
        }

        var keys = new JsonWebKeySet(jwks).GetSigningKeys();
        return new BotSigningMetadata([.. keys], endorsements);
    }
}
