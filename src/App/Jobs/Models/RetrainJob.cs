using Attendance.App.Files;
using Attendance.App.Hosting;
using Attendance.Data.Batches;
using Attendance.Data.VisitTypes;
using Attendance.Training;
using Attendance.Training.Input;
using Attendance.Training.Registry;
using Microsoft.Extensions.Options;

namespace Attendance.App.Jobs.Models;

/// <summary>
/// Weekly retraining: trains a challenger on <c>inbox/history</c>, adds it to the registry, and
/// compares it with the champion by the registry's own comparison (<see cref="ModelRegistry.Compare"/>:
/// on the challenger's validation period, newer than anything either model trained on). The challenger
/// becomes the champion only when <see cref="JobsOptions.AutoPromote"/> allows it and it is better: a
/// higher AUC and not worse by the registry's rule (log loss within its tolerance). Rerunning adds
/// another challenger version; it never changes an existing one.
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
        IEnumerable<TableBatch> Read() => HistoryFiles.Read([history], cancellationToken);
        var staging = Path.Combine(registry.Root, ".training", Guid.NewGuid().ToString("N"));
        try
        {
            var challenger = Trainer.Train(Read(), harmoniser, new TrainingOptions { Clock = time }, staging, cancellationToken: cancellationToken).Metrics;
            var version = registry.Add(staging);
            if (registry.Compare(version, Read, harmoniser) is not { } comparison)
            {
                registry.Promote(version, Read, harmoniser, "first model: no champion to compare with", force: false, Actor);
                return new JobOutcome(challenger.NTrain, $"{version} promoted to champion: first model, no champion to compare with",
                    Figures(challenger.Auc, null, promoted: true));
            }

            var better = comparison.ChallengerAuc > comparison.ChampionAuc && !comparison.ChallengerIsWorse;
            if (better && Settings.AutoPromote)
            {
                var reason = $"weekly retrain, better {comparison}";
                registry.Promote(version, Read, harmoniser, reason, force: false, Actor);
                return new JobOutcome(challenger.NTrain, $"{version} promoted to champion: {reason}", Figures(comparison.ChallengerAuc, comparison.ChampionAuc, promoted: true));
            }
            var why = better ? "automatic promotion is off (Jobs:AutoPromote)" : "not better";
            return new JobOutcome(challenger.NTrain, $"{version} trained and kept as a challenger ({why}) {comparison}",
                Figures(comparison.ChallengerAuc, comparison.ChampionAuc, promoted: false));
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
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
