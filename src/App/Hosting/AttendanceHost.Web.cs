using Attendance.App.Account;
using Attendance.App.Audit;
using Attendance.App.Files;
using Attendance.App.Health;
using Attendance.App.Home;
using Attendance.App.Jobs;
using Attendance.App.Offers;
using Attendance.App.Risk;
using Attendance.App.Models;
using Attendance.App.Security;
using Attendance.App.Storage;
using Attendance.App.Users;
using Attendance.App.Web;
using Microsoft.AspNetCore.Builder;

namespace Attendance.App.Hosting;

internal static partial class AttendanceHost
{
    /// <summary>The <c>serve</c> host's services, from Attendance's configuration sources.</summary>
    /// <param name="commandLine">Settings from the command line as configuration keys.</param>
    public static WebApplicationBuilder CreateWebBuilder(IEnumerable<KeyValuePair<string, string?>> commandLine)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            // The default sources (replaced below) would otherwise watch appsettings files: one
            // inotify instance per host, a limited resource (many hosts run in one test process).
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        builder.Configuration.UseAttendanceSources(commandLine);
        builder.AddStructuredLogging();
        builder.AddStore();
        builder.AddFiles();
        builder.AddUsers();
        builder.AddSecurity();
        builder.AddHealth();
        builder.AddWebPages();
        builder.AddJobs();
        builder.AddOffers();
        builder.AddRisk();
        builder.AddModels();
        return builder;
    }

    /// <summary>Builds the <c>serve</c> host: the pipeline (order matters: headers, language, security) and every area's endpoints.</summary>
    public static WebApplication BuildWeb(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseErrorPage();
        app.UseForwardedHeaders();
        app.UseAuthentication();
        app.UseLanguages();
        app.UseSecurity();
        app.MapHealth();
        app.MapWebBasics();
        app.MapAccount();
        app.MapHome();
        app.MapAudit();
        app.MapJobs();
        app.MapOffers();
        app.MapRisk();
        app.MapModels();
        return app;
    }
}
