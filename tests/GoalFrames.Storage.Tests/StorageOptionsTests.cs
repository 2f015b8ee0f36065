using Microsoft.Extensions.Configuration;
using GoalFrames.Testing;

namespace GoalFrames.Storage.Tests;

public sealed class StorageOptionsTests
{
    [Fact]
    public void Read_NothingConfigured_IsSqliteInDataWithAYearOfRetention()
    {
        var options = StorageOptions.Read(Config());

        Assert.Equal(StorageProvider.Sqlite, options.Provider);
        Assert.Equal("Data Source=data/goalframes.db", options.ConnectionString);
        Assert.Equal(TimeSpan.FromDays(365), options.Retention);
        Assert.Equal(TimeSpan.FromHours(1), options.PurgeInterval);
        Assert.Null(options.TokenEncryptionKey);
    }

    [Fact]
    public void Read_Postgres_TakesTheConnectionStringRetentionAndKey()
    {
        var options = StorageOptions.Read(Config(
            ("Provider", "Postgres"),
            ("ConnectionString", "Host=db;Username=gf"),
            ("RetentionDays", "0"),
            ("TokenEncryptionKey", Convert.ToBase64String(Samples.TokenKey))));

        Assert.Equal((StorageProvider.Postgres, "Host=db;Username=gf"), (options.Provider, options.ConnectionString));
        Assert.Null(options.Retention);
        Assert.Equal(Samples.TokenKey, options.TokenEncryptionKey);
    }

    [Theory]
    [InlineData("Provider", "mysql", "use 'sqlite' or 'postgres'")]
    [InlineData("RetentionDays", "-1", "Storage:RetentionDays")]
    [InlineData("PurgeIntervalMinutes", "0", "Storage:PurgeIntervalMinutes")]
    [InlineData("TokenEncryptionKey", "c2hvcnQ=", "exactly 32 bytes")]
    public void Read_InvalidValue_SaysWhichSettingAndWhy(string key, string value, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => StorageOptions.Read(Config((key, value))));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PostgresWithoutConnectionString_IsRefused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StorageOptions.Read(Config(("Provider", "postgres"))));

        Assert.Contains("Storage:ConnectionString is not set", error.Message, StringComparison.Ordinal);
    }

    internal static IConfiguration Config(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>("Storage:" + s.Key, s.Value)))
            .Build();
}
