using Attendance.App.Users;
using Attendance.App.Web;
using Attendance.Training.Registry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Attendance.App.Models;

/// <summary>
/// The Models page for analysts: every registered version with its data and headline metrics, the
/// champion (since when, by whom, why), each challenger's comparison with the champion by the
/// registry's own rule, and the promotion history. A version's own page is <see cref="ModelVersionPage"/>.
/// </summary>
internal static class ModelsPage
{
    public static WebApplication MapModels(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPage("/models", () => ModelTexts.Models, Roles.Analyst, RenderAsync);
        app.MapGet("/models/{version}", ModelVersionPage.RenderAsync).RequireAuthorization(Roles.Analyst);
        app.MapGet("/models/{version}/report.html", ModelVersionPage.ReportAsync).RequireAuthorization(Roles.Analyst);
        app.MapPost("/models/{version}/promote", ModelVersionPage.PromoteAsync).RequireAuthorization(Roles.Analyst);
        app.MapPost("/models/{version}/compare", ModelVersionPage.CompareAsync).RequireAuthorization(Roles.Analyst);
        return app;
    }

    private static async Task<HtmlResult> RenderAsync(HttpContext context, Layout layout, ModelDesk desk, string? promoted = null)
    {
        var registry = desk.Registry;
        var entries = registry.List();
        var champion = registry.Champion;
        var promotions = registry.Promotions();
        var status = promoted is not null && champion?.Version == promoted && promotions is [.., var last] && last.Version == promoted
            ? Html.Of($"<p class=\"outcome\" role=\"status\">{ModelTexts.Promoted(last.Version, last.Previous, last.Forced)}</p>")
            : Html.Empty;
        var championLine = champion is null
            ? Html.Empty
            : Html.Of($"<p class=\"champion-line\">{ModelTexts.ChampionSince(ModelFormat.Time(champion.PromotedAt), champion.PromotedBy, champion.Reason)}</p>");
        var table = entries.Count == 0
            ? Html.Of($"<p>{ModelTexts.NoModels}</p>")
            : Html.Of($"""
                <div class="table-wrap"><table class="models">
                <thead><tr><th scope="col">{ModelTexts.Version}</th><th scope="col">{ModelTexts.Trained}</th><th scope="col">{ModelTexts.Data}</th><th scope="col">{ModelTexts.Auc}</th><th scope="col">{ModelTexts.PrAuc}</th><th scope="col">{ModelTexts.Brier}</th><th scope="col">{ModelTexts.LogLoss}</th><th scope="col">{ModelTexts.Ece}</th><th scope="col">{ModelTexts.Status}</th></tr></thead>
                <tbody>{entries.Reverse().Select(e => Row(e, champion, registry)).ToList()}</tbody>
                </table></div>
                """);
        return await layout.PageAsync(context, ModelTexts.Models, Html.Of($"""
            {status}
            <p>{ModelTexts.Intro}</p>
            {championLine}
            {table}
            <h2>{ModelTexts.Promotions}</h2>
            {History(promotions)}
            """));
    }

    private static Html Row(RegistryEntry entry, ChampionPointer? champion, ModelRegistry registry)
    {
        var m = entry.Metrics;
        var state = entry.IsChampion && champion is not null
            ? Html.Of($"<strong>{ModelTexts.Champion}</strong><br>{ModelTexts.ChampionSince(ModelFormat.Time(champion.PromotedAt), champion.PromotedBy, champion.Reason)}")
            : Html.Of($"{ModelTexts.Challenger}: {ComparisonSummary(registry.ComparisonWithChampion(entry.Version))}");
        return Html.Of($"""
            <tr data-version="{entry.Version}"{(entry.IsChampion ? Html.Trusted(" class=\"champion\"") : Html.Empty)}><th scope="row"><a href="/models/{entry.Version}">{entry.Version}</a></th><td>{ModelFormat.Time(m.TrainedAt)}</td><td>{ModelTexts.Span(ModelFormat.Day(m.TrainFrom), ModelFormat.Day(m.ValidFrom), ModelFormat.Day(m.ValidTo), m.NTrain, m.NValid)}</td><td>{ModelFormat.Metric(m.Auc)}</td><td>{ModelFormat.Metric(m.PrAuc)}</td><td>{ModelFormat.Metric(m.Brier)}</td><td>{ModelFormat.Metric(m.LogLoss)}</td><td>{ModelFormat.Metric(m.Ece)}</td><td class="state">{state}</td></tr>
            """);
    }

    /// <summary>The registry's verdict (<see cref="PromotionComparison.ChallengerIsWorse"/>) and its figures; shared with the version page.</summary>
    public static Html ComparisonSummary(PromotionComparison? comparison) => comparison is null
        ? Html.Of($"{ModelTexts.NotCompared}")
        : Html.Of($"<span class=\"{(comparison.ChallengerIsWorse ? "verdict worse" : "verdict")}\">{ModelTexts.Verdict(comparison.ChallengerIsWorse)}</span>. {ComparisonFigures(comparison)}");

    /// <summary>The figures of a comparison: period, rows, AUC and log loss of both.</summary>
    public static Html ComparisonFigures(PromotionComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return Html.Of($"{ModelTexts.ComparisonLine(ModelFormat.Day(comparison.From), ModelFormat.Day(comparison.To), comparison.Rows, ModelFormat.Metric(comparison.ChampionAuc), ModelFormat.Metric(comparison.ChallengerAuc), ModelFormat.Metric(comparison.ChampionLogLoss), ModelFormat.Metric(comparison.ChallengerLogLoss))}");
    }

    private static Html History(IReadOnlyList<PromotionRecord> promotions) => promotions.Count == 0
        ? Html.Of($"<p>{ModelTexts.NoPromotions}</p>")
        : Html.Of($"""
            <div class="table-wrap"><table class="promotions">
            <thead><tr><th scope="col">{ModelTexts.When}</th><th scope="col">{ModelTexts.Version}</th><th scope="col">{ModelTexts.Previous}</th><th scope="col">{ModelTexts.By}</th><th scope="col">{ModelTexts.Reason}</th></tr></thead>
            <tbody>{promotions.Reverse().Select(p => Html.Of($"<tr><td>{ModelFormat.Time(p.At)}</td><td>{p.Version}</td><td>{p.Previous ?? "–"}</td><td>{p.By}</td><td>{p.Reason}{(p.Forced ? " (" + ModelTexts.Forced + ")" : "")}</td></tr>")).ToList()}</tbody>
            </table></div>
            """);
}
