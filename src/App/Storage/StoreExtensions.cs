using Attendance.App.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Attendance.App.Storage;

/// <summary>Registers the operational store and prepares it at start.</summary>
internal static class StoreExtensions
{
    public static IHostApplicationBuilder AddStore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSettings<DataOptions>();
        builder.Services.AddSettings<StoreOptions>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(services => new Store(services.GetRequiredService<IOptions<StoreOptions>>().Value
            .Resolve(services.GetRequiredService<IOptions<DataOptions>>().Value)));
        builder.Services.TryAddSingleton<StoreMigrator>();
        return builder;
    }

    /// <summary>Creates the data folder (and the SQLite file's folder), then runs pending migrations.</summary>
    public static async Task PrepareStoreAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        Directory.CreateDirectory(services.GetRequiredService<IOptions<DataOptions>>().Value.FullPath);
        var store = services.GetRequiredService<Store>();
        if (store.Location.SqliteFile is { } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        }
        await services.GetRequiredService<StoreMigrator>().MigrateAsync(cancellationToken);
    }
}
