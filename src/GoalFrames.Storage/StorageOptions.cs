using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace GoalFrames.Storage;

/// <summary>The <c>Storage</c> section of the configuration, read and checked once at start.</summary>
/// <param name="Provider"><c>Storage:Provider</c>: <c>sqlite</c> (default) or <c>postgres</c>.</param>
/// <param name="ConnectionString"><c>Storage:ConnectionString</c>; for SQLite it defaults to <c>Data Source=data/goalframes.db</c>.</param>
/// <param name="Retention"><c>Storage:RetentionDays</c> (default 365): drafts not saved for longer are purged; 0 keeps them for ever.</param>
/// <param name="PurgeInterval"><c>Storage:PurgeIntervalMinutes</c> (default 60): how often expired drafts and keys are purged.</param>
/// <param name="TokenEncryptionKey"><c>Storage:TokenEncryptionKey</c> (or <c>Slack:TokenEncryptionKey</c>): base64 of 32 random bytes that encrypt bot tokens at rest, or null.</param>
internal sealed record StorageOptions(
    StorageProvider Provider,
    string ConnectionString,
    TimeSpan? Retention,
    TimeSpan PurgeInterval,
    byte[]? TokenEncryptionKey)
{
    public const string Section = "Storage";
    public const string DefaultSqliteConnectionString = "Data Source=data/goalframes.db";
    public const int DefaultRetentionDays = 365;
    public const int DefaultPurgeIntervalMinutes = 60;

    public static StorageOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var provider = (section["Provider"] ?? "sqlite").Trim().ToUpperInvariant() switch
        {
            "SQLITE" => StorageProvider.Sqlite,
            "POSTGRES" or "POSTGRESQL" => StorageProvider.Postgres,
            var other => throw new InvalidOperationException($"Storage:Provider is '{other}'; use 'sqlite' or 'postgres'."),
        };

        var connectionString = section["ConnectionString"];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == StorageProvider.Sqlite
                ? DefaultSqliteConnectionString
                : throw new InvalidOperationException(
                    "Storage:Provider is 'postgres' but Storage:ConnectionString is not set. "
                    + "Set Storage:ConnectionString to the PostgreSQL connection string (e.g. Host=db;Database=goalframes;Username=goalframes;Password=…), or remove Storage:Provider to use SQLite.");
        }

        var days = Number(section, "RetentionDays", DefaultRetentionDays);
        var minutes = Number(section, "PurgeIntervalMinutes", DefaultPurgeIntervalMinutes);
        if (minutes == 0)
        {
            throw new InvalidOperationException("Storage:PurgeIntervalMinutes must be at least 1.");
        }

        return new StorageOptions(
            provider,
            connectionString,
            days == 0 ? null : TimeSpan.FromDays(days),
            TimeSpan.FromMinutes(minutes),
            Key(section["TokenEncryptionKey"] ?? configuration["Slack:TokenEncryptionKey"]));
    }

    private static int Number(IConfigurationSection section, string key, int fallback)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidOperationException($"Storage:{key} is '{text}'; it must be a whole number of 0 or more.");
    }

    private static byte[]? Key(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var bytes = new byte[32];
        return Convert.TryFromBase64String(text.Trim(), bytes, out var written) && written == 32
            ? bytes
            : throw new InvalidOperationException("Storage:TokenEncryptionKey must be the base64 of exactly 32 bytes (e.g. `openssl rand -base64 32`).");
    }
}
