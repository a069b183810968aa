using Attendance.Training.Input;
using Attendance.Training.Registry;

namespace Attendance.Training.Tests.Registry;

[Collection(GeneratedRegionTests.Name)]
public sealed class ModelRegistryTests(GeneratedRegionFixture region)
{
    [Fact]
    public void Promote_WorseChallenger_IsRefusedUnlessForcedAndEveryPromotionIsRecorded()
    {
        var registry = CreateSut();
        var champion = registry.Add(region.ModelDir);
        registry.Promote(champion, History, GeneratedRegionFixture.Harmoniser, "first", force: false, user: "analyst1");
        var weak = Path.Combine(region.Root, "weak-" + Guid.NewGuid().ToString("N"));
        // Two shallow trees: clearly worse than the champion on its validation period.
        Trainer.Train(History(), GeneratedRegionFixture.Harmoniser, GeneratedRegionFixture.Options with { MaxRounds = 2, EarlyStoppingRounds = 1 }, weak);
        var challenger = registry.Add(weak);

        var refused = Assert.Throws<RegistryException>(() => registry.Promote(challenger, History, GeneratedRegionFixture.Harmoniser, "try", force: false, user: "analyst2"));
        Assert.Contains($"{challenger} is worse than the champion {champion}", refused.Message, StringComparison.Ordinal);
        Assert.Equal(champion, registry.Champion!.Version);

        var forced = registry.Promote(challenger, History, GeneratedRegionFixture.Harmoniser, "demo of --force", force: true, user: "analyst2");

        Assert.True(forced.Forced);
        Assert.Equal(challenger, registry.Champion!.Version);
        Assert.Equal(["analyst1", "analyst2"], registry.Promotions().Select(p => p.By));
        Assert.Equal("demo of --force", registry.Promotions()[^1].Reason);
        Assert.True(forced.Comparison!.ChallengerAuc < forced.Comparison.ChampionAuc);
        Assert.Equal([false, true], registry.List().Select(e => e.IsChampion));
    }

    [Fact]
    public void Add_FolderWithoutModel_IsRefused()
    {
        var registry = CreateSut();

        Assert.Throws<Attendance.Model.Artifacts.ModelArtifactException>(() => registry.Add(region.Root));
        Assert.Empty(registry.List());
    }

    private IEnumerable<Attendance.Data.Batches.TableBatch> History() => HistoryFiles.Read([region.HistoryPath]);

    private ModelRegistry CreateSut() => new(Path.Combine(region.Root, "registry-" + Guid.NewGuid().ToString("N")));
}
