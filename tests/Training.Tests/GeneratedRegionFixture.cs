using Attendance.Data.Contract;
using Attendance.Data.Generation;
using Attendance.Data.Io;
using Attendance.Data.VisitTypes;
using Attendance.Training.Evaluation;
using Attendance.Training.Input;

namespace Attendance.Training.Tests;

/// <summary>The tests sharing one <see cref="GeneratedRegionFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class GeneratedRegionTests : ICollectionFixture<GeneratedRegionFixture>
{
    public const string Name = "Generated region";
}

/// <summary>One small generated region on disk and one model trained on it, shared by the tests that only read them.</summary>
public sealed class GeneratedRegionFixture : IDisposable
{
    public GeneratedRegionFixture()
    {
        Directory.CreateDirectory(Root);
        Summary = DataFiles.Generate(RegionDir, new GeneratorOptions { Seed = 11, Patients = 6000, Days = 365 });
        Outcome = Trainer.Train(HistoryFiles.Read([HistoryPath]), Harmoniser, Options, ModelDir);
    }

    public static VisitTypeHarmoniser Harmoniser { get; } = VisitTypeHarmoniser.Load();

    /// <summary>Two threads and a fixed seed: deterministic; fewer rounds keep the test fast.</summary>
    public static TrainingOptions Options { get; } = new() { Seed = 3, Threads = 2, MaxRounds = 300, EarlyStoppingRounds = 20, ImportanceRows = 300 };

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "attendance-training-" + Guid.NewGuid().ToString("N"));

    public string RegionDir => Path.Combine(Root, "region");

    public string HistoryPath => Path.Combine(RegionDir, "history");

    public string ModelDir => Path.Combine(Root, "model");

    public GenerationSummary Summary { get; }

    public TrainingOutcome Outcome { get; }

    /// <summary>AUC of the generator's true probability on the labelled rows starting at or after <paramref name="from"/>.</summary>
    public double BayesAuc(DateTimeOffset from)
    {
        var truth = DataFiles.ReadTruth(Path.Combine(RegionDir, "truth")).ToDictionary(t => t.AppointmentId, t => t.NoShowProbability);
        var rows = DataFiles.ReadHistory(HistoryPath).Where(r => r.IsLabelled && r.StartAt >= from).ToList();
        return Metrics.Auc([.. rows.Select(r => (float)truth[r.AppointmentId])], [.. rows.Select(r => r.Outcome == Attendance.Data.Contract.Outcome.NoShow ? 1f : 0f)]);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
