using System.Security.Cryptography;
using System.Text;

namespace GoalFrames.Storage.Security;

/// <summary>
/// Encrypts bot tokens with AES-256-GCM under the key in <c>Storage:TokenEncryptionKey</c>. The workspace id is bound
/// in as associated data, so a ciphertext copied to another workspace's row does not decrypt. The stored form is
/// <c>v1.</c> followed by base64 of nonce, tag and ciphertext.
/// </summary>
internal sealed class TokenProtector
{
    private const string Prefix = "v1.";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly byte[]? _key;

    public TokenProtector(byte[]? key)
    {
        if (key is not null && key.Length != 32)
        {
            throw new ArgumentException("The token encryption key must be 32 bytes.", nameof(key));
        }

        _key = key;
    }

    public string Protect(string token, string workspaceId)
    {
        ArgumentNullException.ThrowIfNull(token);
        var plain = Encoding.UTF8.GetBytes(token);
        var sealedBytes = new byte[NonceSize + TagSize + plain.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(Key, TagSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(workspaceId));
        return Prefix + Convert.ToBase64String(sealedBytes);
    }

    public string Unprotect(string stored, string workspaceId)
    {
        ArgumentNullException.ThrowIfNull(stored);
        byte[] sealedBytes;
        try
        {
            sealedBytes = stored.StartsWith(Prefix, StringComparison.Ordinal) ? Convert.FromBase64String(stored[Prefix.Length..]) : [];
        }
        catch (FormatException)
        {
            sealedBytes = [];
        }

        if (sealedBytes.Length < NonceSize + TagSize)
        {
            throw new InvalidOperationException($"The stored bot token of workspace {workspaceId} is not in a form this build can read.");
        }

        var plain = new byte[sealedBytes.Length - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(Key, TagSize);
            aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), plain, Encoding.UTF8.GetBytes(workspaceId));
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException($"The stored bot token of workspace {workspaceId} does not decrypt with Storage:TokenEncryptionKey (another key, or the row was tampered with).", e);
        }

        return Encoding.UTF8.GetString(plain);
    }

    private byte[] Key => _key ?? throw new InvalidOperationException(
        "Storage:TokenEncryptionKey is not set, so bot tokens cannot be stored or read. Set it to the base64 of 32 random bytes (e.g. `openssl rand -base64 32`), the same on every instance.");
}
