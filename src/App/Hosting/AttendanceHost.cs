using Attendance.App.Cli;
using Attendance.App.Files;
using Attendance.App.Storage;
using Attendance.App.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Attendance.App.Hosting;

/// <summary>
/// How Attendance's hosts are composed: each area owns an <c>Add…</c> (services) and, for the web,
/// a <c>Map…</c> (endpoints); this class only lists them.
/// </summary>
internal static partial class AttendanceHost
{
    /// <summary>A host without a web server for command-line verbs that work on the store (<c>users</c>).</summary>
    /// <param name="commandLine">Settings from the command line as configuration keys.</param>
    public static IHost CreateToolHost(IEnumerable<KeyValuePair<string, string?>> commandLine)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.UseAttendanceSources(commandLine);
        builder.AddStore();
        builder.AddUsers();
        return builder.Build();
    }

    /// <summary>
    /// Checks every setting, then creates the folders and migrates the store. Runs before the host
    /// starts, so a bad setting ends in one line (the host itself would log a stack trace).
    /// </summary>
    /// <exception cref="UserFacingException">A setting is invalid or the store cannot be used.</exception>
    public static async Task PrepareAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
        }
        catch (OptionsValidationException e)
        {
            throw new UserFacingException(SettingsExtensions.Describe(e), e);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is OptionsValidationException))
        {
            throw new UserFacingException(
                string.Join("; ", e.InnerExceptions.Cast<OptionsValidationException>().Select(SettingsExtensions.Describe)), e);
        }

        try
        {
            if (services.GetService<DataFolders>() is not null)
            {
                services.PrepareFolders();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserFacingException($"cannot prepare the data folders (Data:Directory, --data): {e.Message}", e);
        }

        var store = services.GetRequiredService<Store>();
        try
        {
            await services.PrepareStoreAsync(cancellationToken);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or StoreSchemaException or IOException or UnauthorizedAccessException)
        {
            throw new UserFacingException($"cannot use the store {store.Location}: {e.Message}", e);
        }
    }
}
