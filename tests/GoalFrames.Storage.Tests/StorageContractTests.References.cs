using GoalFrames.Conversation.Platforms;
using GoalFrames.Testing;

namespace GoalFrames.Storage.Tests;

public abstract partial class StorageContractTests
{
    private const string Token = "xoxb-1234-5678-SECRETsecret";

    [Fact]
    public async Task ConversationReferences_SaveGetReplaceDelete_RoundTrip()
    {
        const string json = "{ \"conversation\": {\"id\": \"a:1\", \"name\": \"Équipe ✓\"},\n  \"serviceUrl\":\"https://smba.example/emea/\" }";
        var reference = new ConversationReference("a:1", "https://smba.example/emea/", "tenant-1", "28:bot", "29:user", "personal", json);

        await References.SaveAsync(reference, Cancel);
        Assert.Equal(reference, await References.GetAsync("a:1", Cancel));

        var moved = reference with { ServiceUrl = "https://smba.example/amer/", Json = "{}" };
        await References.SaveAsync(moved, Cancel);
        Assert.Equal(moved, await References.GetAsync("a:1", Cancel));
        Assert.Null(await References.GetAsync("a:2", Cancel));

        Assert.True(await References.DeleteAsync("a:1", Cancel));
        Assert.False(await References.DeleteAsync("a:1", Cancel));
        Assert.Null(await References.GetAsync("a:1", Cancel));
    }

    [Fact]
    public async Task Installations_SaveGetReinstallDelete_RoundTrip()
    {
        var installation = new Installation("T0001", Token, "U0BOT", "A0APP", Start);

        await Installations.SaveAsync(installation, Cancel);
        Assert.Equal(installation, await Installations.GetAsync("T0001", Cancel));

        var reinstalled = installation with { BotToken = "xoxb-new", InstalledAt = Start.AddDays(3) };
        await Installations.SaveAsync(reinstalled, Cancel);
        Assert.Equal(reinstalled, await Installations.GetAsync("T0001", Cancel));
        Assert.Null(await Installations.GetAsync("E0001", Cancel));

        Assert.True(await Installations.DeleteAsync("T0001", Cancel));
        Assert.Null(await Installations.GetAsync("T0001", Cancel));
    }

    [Fact]
    public async Task Installations_BotToken_IsEncryptedAtRest()
    {
        await Installations.SaveAsync(new Installation("T0001", Token, "U0BOT", "A0APP", Start), Cancel);

        await using var connection = await Database.OpenAsync(Cancel);
        await using var command = Sql.DbCommandExtensions.Sql(connection, "SELECT bot_token_encrypted FROM installations");
        var stored = (string)(await command.ExecuteScalarAsync(Cancel))!;

        Assert.StartsWith("v1.", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, new Installation("T0001", Token, "U0BOT", "A0APP", Start).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Installations_WrongKeyOrNoKey_FailWithAClearMessage()
    {
        await Installations.SaveAsync(new Installation("T0001", Token, "U0BOT", "A0APP", Start), Cancel);
        var otherKey = Samples.TokenKey.Select(b => (byte)(b ^ 0xFF)).ToArray();

        var wrong = await Assert.ThrowsAsync<InvalidOperationException>(() => StorageBackend.Installations(Database, otherKey).GetAsync("T0001", Cancel));
        var none = await Assert.ThrowsAsync<InvalidOperationException>(() => StorageBackend.Installations(Database, null).SaveAsync(new Installation("T0002", Token, "U", "A", Start), Cancel));

        Assert.Contains("does not decrypt", wrong.Message, StringComparison.Ordinal);
        Assert.Contains("Storage:TokenEncryptionKey is not set", none.Message, StringComparison.Ordinal);
        Assert.Null(await Installations.GetAsync("T0002", Cancel));
    }

    [Fact]
    public async Task Installations_CiphertextMovedToAnotherWorkspace_DoesNotDecrypt()
    {
        await Installations.SaveAsync(new Installation("T0001", Token, "U0BOT", "A0APP", Start), Cancel);
        await Installations.SaveAsync(new Installation("T0002", "xoxb-other", "U0BOT", "A0APP", Start), Cancel);
        await using (var connection = await Database.OpenAsync(Cancel))
        {
            await using var command = Sql.DbCommandExtensions.Sql(
                connection,
                "UPDATE installations SET bot_token_encrypted = (SELECT bot_token_encrypted FROM installations WHERE workspace_id = 'T0001') WHERE workspace_id = 'T0002'");
            await command.ExecuteNonQueryAsync(Cancel);
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => Installations.GetAsync("T0002", Cancel));
    }
}
