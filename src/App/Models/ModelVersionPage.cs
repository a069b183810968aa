using Attendance.App.Web;
using Attendance.Model.Artifacts;
using Attendance.Training;
using Attendance.Training.Evaluation;
using Attendance.Training.Registry;
using Attendance.Training.Reports;
using Microsoft.AspNetCore.Http;

namespace Attendance.App.Models;

/// <summary>
/// One version: its metrics, subgroups, calibration, the report's plots as inline SVG (ROC,
/// reliability, lift, drawn by <see cref="ReportPlots"/> in the reader's language), the comparison
/// with the champion, and the promotion form. The version in the URL is only ever looked up as a
/// version name (<see cref="ModelRegistry.IsVersionName"/>); anything else is 404.
/// </summary>
internal static class ModelVersionPage
{
    private const int MaxReasonLength = 2000;

    public static Task<HtmlResult> RenderAsync(HttpContext context, Layout layout, ModelDesk desk, string version, bool compared = false) =>
        PageAsync(context, layout, desk, version, compared ? Html.Of($"<p class=\"outcome\" role=\"status\">{ModelTexts.Compared(version)}</p>") : Html.Empty);

    /// <summary>
    /// The version's report.html as a download: it is a standalone page with its own inline styles, which
    /// this site's CSP would block if it were shown here.
    /// </summary>
    public static async Task<IResult> ReportAsync(HttpContext context, Layout layout, ModelDesk desk, string version)
    {
        var path = Find(desk.Registry, version) is { } entry ? Path.Combine(entry.Directory, ModelArtifact.ReportFile) : null;
        return path is not null && File.Exists(path)
            ? Results.File(path, "text/html; charset=utf-8", $"attendance-{version}-report.html")
            : await NotFoundAsync(context, layout);
    }

    public static async Task<HtmlResult> PromoteAsync(HttpContext context, Layout layout, ModelDesk desk, string version)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Find(desk.Registry, version) is null)
        {
            return await NotFoundAsync(context, layout);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var reason = form["reason"].ToString().Trim();
        var force = form["force"].ToString() == "true";
        if (reason.Length is 0 or > MaxReasonLength)
        {
            var problem = reason.Length == 0 ? ModelTexts.ReasonRequired : ModelTexts.ReasonTooLong(MaxReasonLength);
            return await PageAsync(context, layout, desk, version, Alert(problem), reason, StatusCodes.Status400BadRequest);
        }

        var outcome = await desk.PromoteAsync(version, reason, force, context.User.Identity!.Name!, context.RequestAborted);
        if (outcome.Record is not null)
        {
            context.Response.Headers.Location = $"/models?promoted={Uri.EscapeDataString(version)}";
            return new HtmlResult(Html.Empty, StatusCodes.Status303SeeOther);
        }

        var message = outcome.Refusal is { } refusal
            ? Html.Of($"{ModelTexts.Refused(version, desk.Registry.Champion?.Version ?? "–")} {ModelsPage.ComparisonFigures(refusal)}")
            : Html.Of($"{ModelTexts.NotPromoted(outcome.Problem ?? "")}");
        return await PageAsync(context, layout, desk, version, Alert(message), reason, StatusCodes.Status409Conflict);
    }

    public static async Task<HtmlResult> CompareAsync(HttpContext context, Layout layout, ModelDesk desk, string version)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Find(desk.Registry, version) is null)
        {
            return await NotFoundAsync(context, layout);
        }

        if (await desk.CompareAsync(version, context.RequestAborted) is { } problem)
        {
            return await PageAsync(context, layout, desk, version, Alert(Html.Of($"{problem}")), "", StatusCodes.Status409Conflict);
        }

        context.Response.Headers.Location = $"/models/{Uri.EscapeDataString(version)}?compared=true";
        return new HtmlResult(Html.Empty, StatusCodes.Status303SeeOther);
    }

    private static async Task<HtmlResult> PageAsync(HttpContext context, Layout layout, ModelDesk desk, string version, Html message, string reason = "", int status = StatusCodes.Status200OK)
    {
        var registry = desk.Registry;
        if (Find(registry, version) is not { } entry)
        {
            return await NotFoundAsync(context, layout);
        }

        var m = entry.Metrics;
        var curves = ReportCurves.TryLoad(entry.Directory);
        var plots = ModelTexts.Plot;
        // Our own SVG (SvgPlot encodes every text it writes and uses presentation attributes only), not received markup.
        var svg = new List<Html>();
        if (curves is not null)
        {
            svg.Add(Figure(ReportPlots.Roc(curves.Roc, plots.Roc)));
            svg.Add(Figure(ReportPlots.Reliability(curves.Reliability, plots.Reliability)));
        }

        svg.Add(Figure(ReportPlots.Lift(curves?.Lift ?? ReportPlots.LiftOf(m), plots.Lift)));
        var champion = registry.Champion;
        var comparison = entry.IsChampion || champion is null
            ? Html.Empty
            : Html.Of($"<h2>{ModelTexts.Comparison}</h2><p class=\"comparison\">{ModelsPage.ComparisonSummary(registry.ComparisonWithChampion(version))}</p>");
        var main = Html.Of($"""
            {message}
            <p><a href="/models">{ModelTexts.Back}</a> · <a href="/models/{version}/report.html" download>{ModelTexts.Report}</a></p>
            {(entry.IsChampion && champion is not null ? Html.Of($"<p class=\"champion-line\"><strong>{ModelTexts.IsChampionNow}</strong> {ModelTexts.ChampionSince(ModelFormat.Time(champion.PromotedAt), champion.PromotedBy, champion.Reason)}</p>") : Html.Empty)}
            {comparison}
            {(entry.IsChampion ? Html.Empty : Actions(context, version, reason, champion is not null))}
            <h2>{ModelTexts.Metrics}</h2>
            <div class="table-wrap"><table>
            <thead><tr><th scope="col">{ModelTexts.Probabilities}</th><th scope="col">{ModelTexts.Auc}</th><th scope="col">{ModelTexts.PrAuc}</th><th scope="col">{ModelTexts.Brier}</th><th scope="col">{ModelTexts.LogLoss}</th><th scope="col">{ModelTexts.Ece}</th></tr></thead>
            <tbody><tr><th scope="row">{ModelTexts.AsUsed} ({m.Calibration})</th><td>{ModelFormat.Metric(m.Auc)}</td><td>{ModelFormat.Metric(m.PrAuc)}</td><td>{ModelFormat.Metric(m.Brier)}</td><td>{ModelFormat.Metric(m.LogLoss)}</td><td>{ModelFormat.Metric(m.Ece)}</td></tr>
            {(m.Uncalibrated is { } raw ? Html.Of($"<tr><th scope=\"row\">{ModelTexts.BeforeCalibration}</th><td>{ModelFormat.Metric(raw.Auc)}</td><td>{ModelFormat.Metric(raw.PrAuc)}</td><td>{ModelFormat.Metric(raw.Brier)}</td><td>{ModelFormat.Metric(raw.LogLoss)}</td><td>{ModelFormat.Metric(raw.Ece)}</td></tr>") : Html.Empty)}</tbody>
            </table></div>
            <h2>{ModelTexts.Facts}</h2>
            <dl class="facts">
            <dt>{ModelTexts.Trained}</dt><dd>{ModelFormat.Time(m.TrainedAt)}</dd>
            <dt>{ModelTexts.TrainFrom}</dt><dd>{ModelFormat.Day(m.TrainFrom)} ({ModelFormat.Count(m.NTrain)} {ModelTexts.Rows.ToLowerInvariant()})</dd>
            <dt>{ModelTexts.ValidPeriod}</dt><dd>{ModelFormat.Day(m.ValidFrom)}–{ModelFormat.Day(m.ValidTo)} ({ModelFormat.Count(m.NValid)} {ModelTexts.Rows.ToLowerInvariant()}, {ModelTexts.NoShows.ToLowerInvariant()} {ModelFormat.Metric(m.PositiveRateValid)})</dd>
            <dt>{ModelTexts.Horizon}</dt><dd>{ModelTexts.Hours(m.HorizonMinutes / 60.0)}</dd>
            <dt>{ModelTexts.Trees}</dt><dd>{m.BestIteration + 1}</dd>
            </dl>
            <h2>{ModelTexts.Calibration}</h2>
            <p class="calibration"><strong>{m.Calibration}</strong>: {m.CalibrationReason}</p>
            {(curves is null ? Html.Empty : Reliability(curves.Reliability))}
            <h2>{ModelTexts.Plots}</h2>
            {(curves is null ? Html.Of($"<p>{ModelTexts.NoCurves}</p>") : Html.Empty)}
            <div class="plots">{svg}</div>
            <h2>{ModelTexts.Subgroups}</h2>
            {Subgroups(m.Subgroups)}
            <h2>{ModelTexts.Warnings}</h2>
            {(m.Warnings.Count == 0 ? Html.Of($"<p>{ModelTexts.None}</p>") : Html.Of($"<ul class=\"warnings\">{m.Warnings.Select(w => Html.Of($"<li>{w}</li>")).ToList()}</ul>"))}
            """);
        return await layout.PageAsync(context, $"{ModelTexts.Models}: {version}", main, status);
    }

    private static Html Actions(HttpContext context, string version, string reason, bool hasChampion) => Html.Of($"""
        <section class="promote" aria-labelledby="promote-title">
        <h2 id="promote-title">{ModelTexts.Promote}</h2>
        <form method="post" action="/models/{version}/promote">{Forms.AntiforgeryField(context)}
        <label for="reason">{ModelTexts.Reason}</label>
        <p class="hint" id="reason-hint">{ModelTexts.ReasonHint}</p>
        <textarea id="reason" name="reason" rows="3" required maxlength="{MaxReasonLength}" aria-describedby="reason-hint">{reason}</textarea>
        <p class="check"><input type="checkbox" id="force" name="force" value="true"><label for="force">{ModelTexts.Override}</label></p>
        <button type="submit" class="primary">{ModelTexts.PromoteVersion(version)}</button>
        </form>
        {(hasChampion ? Html.Of($"<form method=\"post\" action=\"/models/{version}/compare\">{Forms.AntiforgeryField(context)}<button type=\"submit\">{ModelTexts.Compare}</button></form>") : Html.Empty)}
        </section>
        """);

    private static Html Reliability(IReadOnlyList<ReliabilityBin> bins) => Html.Of($"""
        <div class="table-wrap"><table class="reliability">
        <thead><tr><th scope="col">{ModelTexts.Bin}</th><th scope="col">{ModelTexts.Rows}</th><th scope="col">{ModelTexts.MeanPredicted}</th><th scope="col">{ModelTexts.Observed}</th></tr></thead>
        <tbody>{bins.Select(b => Html.Of($"<tr><td>{b.From:0.0}–{b.To:0.0}</td><td>{ModelFormat.Count(b.Rows)}</td><td>{ModelFormat.Metric(b.MeanPrediction)}</td><td>{ModelFormat.Metric(b.ObservedRate)}</td></tr>")).ToList()}</tbody>
        </table></div>
        """);

    private static Html Subgroups(IReadOnlyList<SubgroupMetrics> groups) => Html.Of($"""
        <div class="table-wrap"><table class="subgroups">
        <thead><tr><th scope="col">{ModelTexts.Dimension}</th><th scope="col">{ModelTexts.Group}</th><th scope="col">{ModelTexts.Rows}</th><th scope="col">{ModelTexts.NoShows}</th><th scope="col">{ModelTexts.Auc}</th><th scope="col">{ModelTexts.MeanPredicted}</th><th scope="col">{ModelTexts.Observed}</th><th scope="col">{ModelTexts.Ece}</th></tr></thead>
        <tbody>{groups.Select(s => Html.Of($"<tr><td>{s.Dimension}</td><td>{s.Group}</td><td>{ModelFormat.Count(s.Rows)}</td><td>{ModelFormat.Count(s.Positives)}</td><td>{ModelFormat.Metric(s.Auc)}</td><td>{ModelFormat.Metric(s.MeanPrediction)}</td><td>{ModelFormat.Metric(s.ObservedRate)}</td><td>{ModelFormat.Metric(s.Ece)}</td></tr>")).ToList()}</tbody>
        </table></div>
        """);

    private static Html Figure(string svg) => Html.Of($"<figure class=\"plot\">{Html.Trusted(svg)}</figure>");

    private static Html Alert(string text) => Alert(Html.Of($"{text}"));

    private static Html Alert(Html message) => Html.Of($"<p class=\"outcome alert\" role=\"alert\">{message}</p>");

    private static RegistryEntry? Find(ModelRegistry registry, string version) =>
        ModelRegistry.IsVersionName(version) ? registry.List().FirstOrDefault(e => e.Version == version) : null;

    private static Task<HtmlResult> NotFoundAsync(HttpContext context, Layout layout) =>
        layout.PageAsync(context, ModelTexts.NotFound, Html.Of($"<p><a href=\"/models\">{ModelTexts.Back}</a></p>"), StatusCodes.Status404NotFound);
}
