using System.Globalization;
using Attendance.App.Files;
using Attendance.App.Hosting;
using Attendance.App.Storage;
using Attendance.Data.Contract;
using Attendance.Data.Io;
using Attendance.Model.Artifacts;
using Attendance.Scheduler.Inputs;
using Attendance.Training;
using Attendance.Training.Evaluation;
using Attendance.Training.Registry;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Attendance.App.Jobs.Models;

/// <summary>
/// The calibration monitor: the probabilities the nightly scoring wrote in the last
/// <see cref="WindowDays"/> days (<c>outbox/scores/date=…</c>; an appointment scored on several nights
/// counts with its latest score) against the outcomes that have since arrived in
/// <c>inbox/history</c>. Records the expected calibration error (10 equal-width bins, as training
/// measures it) per day in <c>calibration_checks</c>, and warns — in the log and on the Jobs page —
/// when it exceeds the champion's validation ECE by more than <see cref="JobsOptions.CalibrationTolerance"/>.
/// </summary>
internal sealed partial class CalibrationJob(
    DataFolders folders, Store store, TimeProvider time, IOptions<DataOptions> data, IOptions<JobsOptions> options, ILogger<CalibrationJob> logger)
    : AttendanceJob(options)
{
    public const int WindowDays = 28;

    protected override async Task<JobOutcome> RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        var (from, to) = (run.Date.AddDays(-WindowDays), run.Date.AddDays(-1));
        var history = JobInputErrors.RequireExtract(folders.InboxFor("history"), "history");
        var (probabilities, labels) = await Task.Run(() => JobInputErrors.Translate(() => Pair(from, to, history, cancellationToken)), cancellationToken);
        var baseline = JobInputErrors.Translate(ChampionEce);
        var c = CultureInfo.InvariantCulture;
        string summary;
        double? ece = null;
        var degraded = false;
        if (probabilities.Length == 0)
        {
            summary = string.Create(c, $"no prediction scored {from:yyyy-MM-dd}..{to:yyyy-MM-dd} has an outcome in the history yet");
        }
        else
        {
            ece = BinaryMetrics.Compute(probabilities, labels).Ece;
            degraded = baseline is { } b && ece > b + Settings.CalibrationTolerance;
            var against = baseline is { } v ? string.Create(c, $"champion's validation ECE {v:0.0000}, tolerance {Settings.CalibrationTolerance:0.000}") : "no champion to compare with";
            summary = string.Create(c, $"{(degraded ? "CALIBRATION DEGRADED: " : "")}ECE {ece:0.0000} on {probabilities.Length} predictions scored {from:yyyy-MM-dd}..{to:yyyy-MM-dd} ({against})");
            if (degraded)
            {
                LogDegraded(summary);
            }
        }
        await SaveAsync(run.Date, from, to, probabilities.Length, ece, baseline, degraded, summary, cancellationToken);
        return new JobOutcome(probabilities.Length, summary, new Dictionary<string, object> { ["ece"] = ece ?? double.NaN, ["degraded"] = degraded });
    }

    /// <summary>Each scored appointment's latest probability, paired with its outcome where the history has a label for it.</summary>
    private (float[] Probabilities, float[] Labels) Pair(DateOnly from, DateOnly to, string history, CancellationToken cancellationToken)
    {
        // Newest first: an appointment scored on several nights counts with its latest score.
        var nights = new List<ScoreTable>();
        for (var day = to; day >= from; day = day.AddDays(-1))
        {
            var file = Path.Combine(folders.OutboxFor("scores", day), "scores.parquet");
            if (File.Exists(file))
            {
                nights.Add(ScoresFile.Read(file));
            }
        }
        var (probabilities, labels) = (new List<float>(), new List<float>());
        foreach (var row in nights.Count == 0 ? [] : DataFiles.ReadHistory(history))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var night in nights)
            {
                if (row.IsLabelled && night.TryGet(row.AppointmentId, out var probability))
                {
                    probabilities.Add((float)probability);
                    labels.Add(row.Outcome == Outcome.NoShow ? 1f : 0f);
                    break;
                }
            }
        }
        return ([.. probabilities], [.. labels]);
    }

    private double? ChampionEce()
    {
        var directory = new ModelRegistry(Settings.ModelRegistryPath(data.Value), time).ChampionDirectory;
        return directory is null ? null : MetricsDocument.Load(Path.Combine(directory, ModelArtifact.MetricsFile)).Ece;
    }

    private async Task SaveAsync(DateOnly date, DateOnly from, DateOnly to, long predictions, double? ece, double? baseline, bool degraded, string summary,
        CancellationToken cancellationToken)
    {
        var day = (DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await using var connection = await store.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO calibration_checks (check_date, window_from, window_to, predictions, ece, baseline_ece, degraded, summary, checked_at) " +
            "VALUES (@date, @from, @to, @predictions, @ece, @baseline, @degraded, @summary, @now) ON CONFLICT (check_date) DO UPDATE SET " +
            "window_from = excluded.window_from, window_to = excluded.window_to, predictions = excluded.predictions, ece = excluded.ece, " +
            "baseline_ece = excluded.baseline_ece, degraded = excluded.degraded, summary = excluded.summary, checked_at = excluded.checked_at",
            new
            {
                date = day(date),
                from = day(from),
                to = day(to),
                predictions,
                ece,
                baseline,
                degraded = store.Dialect == StoreDialect.Sqlite ? (object)(degraded ? 1 : 0) : degraded,
                summary,
                now = StoreTime.ToDb(store.Dialect, time.GetUtcNow()),
            }, cancellationToken: cancellationToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Summary}")]
    private partial void LogDegraded(string summary);
}
