using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Attendance.App.Files;

/// <summary>The inbox and outbox folders (needs <c>AddStore</c>, which binds <c>Data</c>).</summary>
internal static class FilesExtensions
{
    /// <summary>Temporaries older than this are leftovers of killed writes; no output takes this long to write.</summary>
    private static readonly TimeSpan StaleAfter = TimeSpan.FromHours(1);

    public static IHostApplicationBuilder AddFiles(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<DataFolders>();
        return builder;
    }

    /// <summary>Creates the folders and clears the outbox of writes that a crash left unfinished.</summary>
    public static void PrepareFolders(this IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var folders = services.GetRequiredService<DataFolders>();
        folders.Create();
        AtomicFile.DeleteTemporaries(folders.Outbox, services.GetRequiredService<TimeProvider>().GetUtcNow() - StaleAfter);
    }
}
