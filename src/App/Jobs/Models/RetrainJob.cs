using System.Globalization;
using Attendance.App.Files;
using Attendance.App.Hosting;
using Attendance.Data.VisitTypes;
using Attendance.Model.Artifacts;
using Attendance.Training;
using Attendance.Training.Input;
using Attendance.Training.Registry;
using Microsoft.Extensions.Options;

namespace Attendance.App.Jobs.Models;

/// <summary>
/// Weekly retraining: trains a challenger on <c>inbox/history</c>, adds it to the registry, and
/// compares it with the champion on the challenger's own validation period — newer than anything
/// the champion trained on, so the comparison is fair to both. The challenger becomes the champion
/// only when <see cref="JobsOptions.AutoPromote"/> allows it and it is better: a higher AUC and a log
/// loss no worse than the registry's tolerance. Rerunning adds another challenger version; it never
/// changes an existing one.
/// </summary>
internal sealed class RetrainJob(DataFolders folders, TimeProvider time, IOptions<DataOptions> data, IOptions<JobsOptions> options) : AttendanceJob(options)
{
    public const string Actor = "system:retrain";

    protected override async Task<JobOutcome> RunAsync(JobRun run, CancellationToken cancellationToken) =>
        await Task.Run(() => JobInputErrors.Translate(() => Retrain(run, cancellationToken)), cancellationToken);

    private JobOutcome Retrain(JobRun run, CancellationToken cancellationToken)
    {
        var history = JobInputErrors.RequireExtract(folders.InboxFor("history"), "history");
        var registry = new ModelRegistry(Settings.ModelRegistryPath(data.Value), time);
        var harmoniser = VisitTypeHarmoniser.Load();
        var staging = Path.Combine(registry.Root, ".training", Guid.NewGuid().ToString("N"));
        try
        {
            var outcome = Trainer.Train(HistoryFiles.Read([history], cancellationToken), harmoniser,
                new TrainingOptions { Clock = time }, staging, cancellationToken: cancellationToken);
            var version = registry.Add(staging);
            var challenger = outcome.Metrics;
            var c = CultureInfo.InvariantCulture;
            if (registry.Champion is not { } champion)
            {
                return Promote(registry, version, history, harmoniser, "first model: no champion to compare with", challenger.NTrain, null, challenger);
            }

            using var model = ModelArtifact.Load(registry.ChampionDirectory!, threads: 1);
            var incumbent = Evaluator.Evaluate(model, HistoryFiles.Read([history], cancellationToken), harmoniser,
                challenger.ValidFrom, challenger.ValidTo, cancellationToken: cancellationToken).Evaluation.Overall;
            var better = challenger.Auc > incumbent.Auc && challenger.LogLoss <= incumbent.LogLoss + PromotionComparison.Tolerance;
            var comparison = string.Create(c,
                $"on {challenger.ValidFrom:yyyy-MM-dd}..{challenger.ValidTo:yyyy-MM-dd}: {version} AUC {challenger.Auc:0.0000}, log loss {challenger.LogLoss:0.0000}; {champion.Version} AUC {incumbent.Auc:0.0000}, log loss {incumbent.LogLoss:0.0000}");
            if (better && Settings.AutoPromote)
            {
                return Promote(registry, version, history, harmoniser, $"weekly retrain, better {comparison}", challenger.NTrain, incumbent.Auc, challenger);
            }
            var why = better ? "automatic promotion is off (Jobs:AutoPromote)" : "not better";
            return new JobOutcome(challenger.NTrain, $"{version} trained and kept as a challenger ({why}) {comparison}",
                Figures(challenger.Auc, incumbent.Auc, promoted: false));
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static JobOutcome Promote(ModelRegistry registry, string version, string history, VisitTypeHarmoniser harmoniser, string reason,
        long rows, double? championAuc, MetricsDocument challenger)
    {
        // Forced: the registry's own check compares on the old champion's validation period, which the
        // challenger trained on; the fair comparison above is the one that decided.
        registry.Promote(version, () => HistoryFiles.Read([history]), harmoniser, reason, force: true, Actor);
        return new JobOutcome(rows, $"{version} promoted to champion: {reason}", Figures(challenger.Auc, championAuc, promoted: true));
    }

    private static Dictionary<string, object> Figures(double challengerAuc, double? championAuc, bool promoted)
    {
        var figures = new Dictionary<string, object> { ["challenger_auc"] = challengerAuc, ["promoted"] = promoted };
        if (championAuc is { } auc)
        {
            figures["champion_auc"] = auc;
        }
        return figures;
    }
}
