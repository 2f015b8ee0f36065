using GoalFrames.Conversation;
using GoalFrames.Conversation.Exports;
using GoalFrames.Conversation.Platforms;
using GoalFrames.Conversation.Reminders;
using GoalFrames.Engine.Drafts;
using GoalFrames.Storage.Security;
using GoalFrames.Storage.Sql;
using GoalFrames.Storage.Stores;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GoalFrames.Storage;

/// <summary>Registers GoalFrames storage.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IDraftStore"/>, <see cref="IConversationReferenceStore"/>, <see cref="IInstallationStore"/>,
    /// <see cref="IDedupeStore"/> and <see cref="IReminderStore"/> on the database that <c>Storage:Provider</c> (<c>sqlite</c> | <c>postgres</c>) and
    /// <c>Storage:ConnectionString</c> name, plus a hosted service that migrates the schema at start and purges expired
    /// drafts and keys. Uses the registered <see cref="TimeProvider"/>, or the system clock.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration holding the <c>Storage</c> section.</param>
    /// <returns>The services.</returns>
    /// <exception cref="InvalidOperationException">The <c>Storage</c> section is invalid.</exception>
    public static IServiceCollection AddGoalFramesStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = StorageOptions.Read(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton(sp => new StorageDatabase(
            options.Provider == StorageProvider.Postgres ? new PostgresDialect() : new SqliteDialect(),
            options.ConnectionString,
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(new TokenProtector(options.TokenEncryptionKey));
        services.AddSingleton(sp => new StorageProbe(sp.GetRequiredService<StorageDatabase>(), options.Provider));
        services.AddSingleton<IDraftStore, SqlDraftStore>();
        services.AddSingleton<ISentGoalsStore, SqlSentGoalsStore>();
        services.AddSingleton<IInstallationData, SqlInstallationData>();
        services.AddSingleton<IWorkspaceDrafts>(sp => new SqlDraftStore(sp.GetRequiredService<StorageDatabase>()));
        services.AddSingleton<IConversationReferenceStore, SqlConversationReferenceStore>();
        services.AddSingleton<IConversationReferenceSearch>(sp => new SqlConversationReferenceStore(sp.GetRequiredService<StorageDatabase>()));
        services.AddSingleton<IInstallationStore, SqlInstallationStore>();
        services.AddSingleton<IDedupeStore, SqlDedupeStore>();
        services.AddSingleton<IReminderStore, SqlReminderStore>();
        if (options.Provider == StorageProvider.Postgres)
        {
            // Several instances share one PostgreSQL: the per-user limit is held there, not in each process.
            services.AddSingleton<IUserLimiter>(sp => new SqlUserLimiter(sp.GetRequiredService<StorageDatabase>(), sp.GetService<UserLimits>() ?? new UserLimits()));
        }
        services.AddHostedService(sp => new StorageMaintenanceService(
            sp.GetRequiredService<StorageDatabase>(),
            sp.GetRequiredService<IDraftStore>(),
            sp.GetRequiredService<ISentGoalsStore>(),
            sp.GetRequiredService<IDedupeStore>(),
            sp.GetRequiredService<IReminderStore>(),
            sp.GetService<ReminderOptions>(),
            options,
            sp.GetService<ILoggerFactory>()?.CreateLogger<StorageMaintenanceService>() ?? NullLogger<StorageMaintenanceService>.Instance));
        return services;
    }
}
