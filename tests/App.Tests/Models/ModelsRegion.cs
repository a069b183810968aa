using Attendance.App.Tests.Jobs.Scoring;
using Attendance.Data.VisitTypes;
using Attendance.Training;
using Attendance.Training.Input;
using Attendance.Training.Registry;

namespace Attendance.App.Tests.Models;

/// <summary>
/// The jobs' small region and its registry (champion <see cref="Champion"/>), plus two challengers:
/// <see cref="Weak"/>, two trees, clearly worse on the champion's validation period, and
/// <see cref="Twin"/>, the champion's own artifact again, never worse than itself. Each test gets its
/// own copy as a data folder (<see cref="CreateDataFolder"/>), so promotions do not leak between tests.
/// </summary>
public sealed class ModelsRegion : IDisposable
{
    public const string Champion = "v0001";
    public const string Weak = "v0002";
    public const string Twin = "v0003";

    public ModelsRegion()
    {
        var weak = Path.Combine(Region.Root, "weak");
        Trainer.Train(HistoryFiles.Read([Region.History]), VisitTypeHarmoniser.Load(),
            new TrainingOptions { Seed = 3, Threads = 1, MaxRounds = 2, EarlyStoppingRounds = 1, ImportanceRows = 20 }, weak);
        var registry = new ModelRegistry(Region.Registry);
        Assert.Equal(Weak, registry.Add(weak));
        Assert.Equal(Twin, registry.Add(registry.ChampionDirectory!));
    }

    public ScoringRegion Region { get; } = new();

    /// <summary>A data folder with the region's extracts in its inbox and a copy of the registry in <c>models</c> (the host's default).</summary>
    public string CreateDataFolder()
    {
        var data = Path.Combine(Region.Root, "data-" + Guid.NewGuid().ToString("N"));
        Region.CopyExtractsTo(Path.Combine(data, "inbox"));
        foreach (var file in Directory.GetFiles(Region.Registry, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(data, "models", Path.GetRelativePath(Region.Registry, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return data;
    }

    public void Dispose() => Region.Dispose();
}
