using System.Globalization;
using Attendance.App.Users;
using Attendance.App.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Attendance.App.Jobs;

/// <summary>
/// The Jobs page: every signed-in user sees whether the jobs ran (next and last runs, durations,
/// rows, failures with their messages, retries); administrators also trigger, pause and resume.
/// </summary>
internal static class JobsPage
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static WebApplication MapJobs(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPage("/jobs", () => JobTexts.Jobs, policy: null, RenderAsync);
        app.MapPost("/jobs/{name}/trigger", (HttpContext context, JobControl control, string name) =>
            ActAsync(context, name, (job, actor, date) => control.TriggerAsync(job, actor, date, context.RequestAborted))).RequireAuthorization(Roles.Admin);
        app.MapPost("/jobs/{name}/pause", (HttpContext context, JobControl control, string name) =>
            ActAsync(context, name, (job, actor, _) => control.PauseAsync(job, actor, context.RequestAborted))).RequireAuthorization(Roles.Admin);
        app.MapPost("/jobs/{name}/resume", (HttpContext context, JobControl control, string name) =>
            ActAsync(context, name, (job, actor, _) => control.ResumeAsync(job, actor, context.RequestAborted))).RequireAuthorization(Roles.Admin);
        return app;
    }

    private static async Task<IResult> ActAsync(HttpContext context, string name, Func<JobDefinition, string, DateOnly?, Task> act)
    {
        if (JobCatalog.Find(name) is not { } job)
        {
            return Results.NotFound(JobTexts.UnknownJob);
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        DateOnly? date = null;
        if (form["date"].ToString() is { Length: > 0 } text)
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return Results.BadRequest(JobTexts.BadDate);
            }
            date = day;
        }
        await act(job, context.User.Identity!.Name!, date);
        return Results.Redirect("/jobs");
    }

    private static async Task<HtmlResult> RenderAsync(HttpContext context, Layout layout, JobBoard board)
    {
        var admin = context.User.IsInRole(Roles.Admin);
        var jobs = await board.ReadAsync(context.RequestAborted);
        var sections = jobs.Select(job => Section(context, job, admin)).ToList();
        var warning = await board.LatestCalibrationAsync(context.RequestAborted) is { Degraded: true } check
            ? Html.Of($"<p class=\"error calibration-warning\" role=\"alert\"><strong>{JobTexts.CalibrationWarning}</strong> ({check.Date}): {check.Summary}</p>")
            : Html.Empty;
        return await layout.PageAsync(context, JobTexts.Jobs, Html.Of($"{warning}{Html.Join(sections)}"));
    }

    private static Html Section(HttpContext context, JobView job, bool admin)
    {
        var name = job.Definition.Name;
        var state = job.Paused
            ? Html.Of($"<span class=\"error\">{JobTexts.PausedBy(job.Pause?.RequestedBy, Time(job.Pause?.PausedAtUtc))}</span>")
            : Html.Of($"{(job.Cron is null ? "–" : JobTexts.Scheduled)}");
        var last = job.Runs.Count == 0
            ? Html.Of($"{JobTexts.NeverRan}")
            : Html.Of($"{Time(job.Runs[0].FiredAt)} · {JobTexts.ResultOf(job.Runs[0].Result, job.Runs[0].RetryScheduled)} · {Duration(job.Runs[0].Duration)} · {Rows(job.Runs[0].Rows)} {JobTexts.Rows.ToLower(CultureInfo.CurrentCulture)}");
        var failures = job.Status is { ConsecutiveFailures: > 0 } status
            ? Html.Of($"<span class=\"error\">{JobTexts.FinalFailures(status.ConsecutiveFailures)}</span>: {Time(status.LastFailedAtUtc)} {status.LastFailureMessage}")
            : Html.Of($"{JobTexts.NoFailures}");
        var actions = admin
            ? Html.Of($"""
                <div class="filters">
                <form method="post" action="/jobs/{name}/trigger">{Forms.AntiforgeryField(context)}
                <label for="date-{name}">{JobTexts.ForDate}</label><input id="date-{name}" name="date" type="date">
                <button type="submit" class="primary">{JobTexts.TriggerNow}</button></form>
                <form method="post" action="/jobs/{name}/{(job.Paused ? "resume" : "pause")}">{Forms.AntiforgeryField(context)}<button type="submit">{(job.Paused ? JobTexts.Resume : JobTexts.Pause)}</button></form>
                </div>
                """)
            : Html.Empty;
        var runs = job.Runs.Count == 0
            ? Html.Of($"<p>{JobTexts.NoRuns}</p>")
            : Html.Of($"""
                <div class="table-wrap"><table>
                <thead><tr><th scope="col">{JobTexts.Fired}</th><th scope="col">{JobTexts.Result}</th><th scope="col">{JobTexts.Duration}</th><th scope="col">{JobTexts.Rows}</th><th scope="col">{JobTexts.Attempt}</th><th scope="col">{JobTexts.Node}</th><th scope="col">{JobTexts.Message}</th></tr></thead>
                <tbody>{job.Runs.Select(Row).ToList()}</tbody>
                </table></div>
                """);
        return Html.Of($"""
            <section class="job" id="job-{name}" aria-labelledby="title-{name}">
            <h2 id="title-{name}">{job.Definition.Title()}</h2>
            <dl class="facts">
            <dt>{JobTexts.Schedule}</dt><dd>{(job.Cron is null ? JobTexts.ManualOnly : job.Cron)}</dd>
            <dt>{JobTexts.State}</dt><dd class="state">{state}</dd>
            <dt>{JobTexts.NextRun}</dt><dd class="next">{(job.NextFire is null ? "–" : Time(job.NextFire))}</dd>
            <dt>{JobTexts.LastRun}</dt><dd class="last">{last}</dd>
            <dt>{JobTexts.Failures}</dt><dd class="failures">{failures}</dd>
            </dl>
            {actions}
            <h3>{JobTexts.Runs}</h3>
            {runs}
            </section>
            """);
    }

    private static Html Row(JobRunView run) => Html.Of($"""
        <tr class="run"><td>{Time(run.FiredAt)}{(run.Manual ? " (" + JobTexts.Manual + ")" : "")}</td><td class="result">{JobTexts.ResultOf(run.Result, run.RetryScheduled)}</td><td>{Duration(run.Duration)}</td><td class="rows">{Rows(run.Rows)}</td><td>{JobTexts.Retry(run.RetryAttempt)}</td><td>{run.Node}</td><td class="message">{(run.Step is null ? "" : run.Step + ": ")}{run.Message}</td></tr>
        """);

    private static string Time(DateTimeOffset? instant) => instant is { } value
        ? TimeZoneInfo.ConvertTime(value, Copenhagen).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
        : "–";

    private static string Duration(TimeSpan duration) => duration.TotalSeconds < 60
        ? $"{duration.TotalSeconds.ToString("0.0", CultureInfo.CurrentCulture)} s"
        : duration.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture);

    private static string Rows(long? rows) => rows?.ToString("N0", CultureInfo.CurrentCulture) ?? "–";
}
