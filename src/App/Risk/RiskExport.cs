using Attendance.App.Users;
using Attendance.App.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Attendance.App.Risk;

/// <summary>
/// The risk list's exports: every booking that passes the page's filter (same query string, bound as
/// parameters; no page limit), as CSV (<see cref="RiskCsv"/>) or Parquet (<see cref="RiskParquet"/>).
/// Reasons are in the user's language where the run rendered it. Planners only.
/// </summary>
internal static class RiskExport
{
    public static WebApplication MapRiskExports(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/risk/export.csv", (HttpContext context, FlaggedBookingStore flags) => ExportAsync(context, flags, "csv", "text/csv; charset=utf-8",
            (rows, language, stream) => RiskCsv.WriteAsync(stream, rows, language, context.RequestAborted)))
            .RequireAuthorization(Roles.Planner);
        app.MapGet("/risk/export.parquet", (HttpContext context, FlaggedBookingStore flags) => ExportAsync(context, flags, "parquet", "application/vnd.apache.parquet",
            async (rows, language, stream) =>
            {
                // Our writer writes files (temporary, renamed on completion); the copy goes away when closed.
                var path = Path.Combine(Path.GetTempPath(), $"attendance-risk-{Guid.NewGuid():N}.parquet");
                RiskParquet.Write(path, rows, language);
                await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
                await file.CopyToAsync(stream, context.RequestAborted);
            }))
            .RequireAuthorization(Roles.Planner);
        return app;
    }

    private static async Task<IResult> ExportAsync(HttpContext context, FlaggedBookingStore flags, string extension, string contentType,
        Func<IReadOnlyList<RiskRow>, string, Stream, Task> write)
    {
        var filter = RiskFilter.From(context.Request.Query);
        if (await flags.FindRunAsync(filter.Run, context.RequestAborted) is not { } run)
        {
            return Results.NotFound(RiskTexts.NoRun);
        }
        var rows = await flags.ReadAsync(run.Date, filter, limit: null, context.RequestAborted);
        var language = Texts.Language;
        context.Response.Headers[HeaderNames.CacheControl] = "no-store";
        context.Response.Headers[HeaderNames.ContentDisposition] = $"attachment; filename=\"risk-{RiskPage.Date(run.Date)}.{extension}\"";
        return Results.Stream(stream => write(rows, language, stream), contentType);
    }
}
