using GoalFrames.Engine;
using GoalFrames.Storage.Sql;
using GoalFrames.Testing;

namespace GoalFrames.Storage.Tests;

public abstract partial class StorageContractTests
{
    [Fact]
    public async Task Migrate_OpenedTwice_AppliesEachStepOnceAndKeepsData()
    {
        await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Smart));
        var steps = Backend.Dialect.Migrations.Count;

        var second = Backend.Open(Time);
        await second.MigrateAsync(Cancel);
        var third = Backend.Open(Time);
        var appliedByThird = await Migrator.RunAsync(third, Cancel);

        Assert.Equal(0, appliedByThird);
        Assert.Equal(steps, await CountAsync("SELECT COUNT(*) FROM schema_migrations", second));
        Assert.Equal(steps, await CountAsync("SELECT MAX(version) FROM schema_migrations", second));
        Assert.NotNull(await StorageBackend.Drafts(second).GetAsync(Samples.Alice, null, Samples.ProfileId, FrameKind.Smart, Cancel));
    }

    [Fact]
    public async Task Migrate_ManyInstancesStartingTogether_AllSucceedAndApplyEachStepOnce()
    {
        var instances = Enumerable.Range(0, 4).Select(_ => Backend.Open(Time)).ToList();

        await Task.WhenAll(instances.Select(i => Task.Run(() => i.MigrateAsync(Cancel), Cancel)));

        Assert.Equal(Backend.Dialect.Migrations.Count, await CountAsync("SELECT COUNT(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task Migrate_DatabaseFromANewerBuild_IsRefused()
    {
        await Database.MigrateAsync(Cancel);
        await using (var connection = await Database.OpenAsync(Cancel))
        {
            await using var command = connection.Sql("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, 'from the future', @at)");
            command.Add("@version", 99);
            command.Add("@at", Backend.Dialect.Timestamp(Start));
            await command.ExecuteNonQueryAsync(Cancel);
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Backend.Open(Time).MigrateAsync(Cancel));

        Assert.Contains("schema step 99", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer GoalFrames", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrations_AreNumberedFromOneWithoutGapsAndMatchTheOtherProvider()
    {
        var steps = Backend.Dialect.Migrations;

        Assert.Equal(Enumerable.Range(1, steps.Count), steps.Select(m => m.Version));
        Assert.Equal(SqliteMigrations.All.Select(m => (m.Version, m.Name)), PostgresMigrations.All.Select(m => (m.Version, m.Name)));
    }
}
