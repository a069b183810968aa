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
    public void Compare_IsOnTheNewerModelsValidationPeriod_WhicheverOfTheTwoIsChampion()
    {
        // An older model: validated (and so trained) on an earlier cut than the fixture's model.
        var older = Path.Combine(region.Root, "older-" + Guid.NewGuid().ToString("N"));
        var olderCut = DateOnly.FromDateTime(region.Outcome.Metrics.ValidFrom.UtcDateTime).AddDays(-60);
        Trainer.Train(History(), GeneratedRegionFixture.Harmoniser, GeneratedRegionFixture.Options with { ValidFrom = olderCut, MaxRounds = 20 }, older);
        var newerPeriod = (region.Outcome.Metrics.ValidFrom, region.Outcome.Metrics.ValidTo);

        var registry = CreateSut();
        var (first, second) = (registry.Add(older), registry.Add(region.ModelDir));
        registry.Promote(first, History, GeneratedRegionFixture.Harmoniser, "older first", force: false, user: "analyst1");
        var newerChallenger = registry.Compare(second, History, GeneratedRegionFixture.Harmoniser)!;
        registry.Promote(second, History, GeneratedRegionFixture.Harmoniser, "newer", force: true, user: "analyst1");
        var olderChallenger = registry.Compare(first, History, GeneratedRegionFixture.Harmoniser)!;

        Assert.Equal(newerPeriod, (newerChallenger.From, newerChallenger.To));
        Assert.Equal(newerPeriod, (olderChallenger.From, olderChallenger.To));
        Assert.Equal(newerChallenger.ChampionAuc, olderChallenger.ChallengerAuc, 12);
    }

    [Fact]
    public async Task Promote_TwoAtOnce_AreSerialisedAndTheHistoryEndsWithTheChampion()
    {
        var registry = CreateSut();
        var first = registry.Add(region.ModelDir);
        registry.Promote(first, History, GeneratedRegionFixture.Harmoniser, "first", force: false, user: "analyst1");
        var (a, b) = (registry.Add(region.ModelDir), registry.Add(region.ModelDir));
        using var start = new Barrier(2);

        // Two registries on one folder, as the web page and the CLI would have.
        var promotions = await Task.WhenAll(new[] { (a, "web"), (b, "cli") }.Select(p => Task.Run(() =>
        {
            var own = new ModelRegistry(registry.Root);
            start.SignalAndWait();
            return own.Promote(p.Item1, History, GeneratedRegionFixture.Harmoniser, "race", force: false, user: p.Item2);
        })));

        var history = registry.Promotions();
        Assert.Equal(3, history.Count);
        Assert.Equal(history[1].Version, history[2].Previous);
        Assert.Equal(first, history[1].Previous);
        Assert.Equal(history[^1].Version, registry.Champion!.Version);
        Assert.Equal([a, b], promotions.Select(p => p.Version).Order(StringComparer.Ordinal));
        Assert.All(history.Skip(1), p => Assert.NotNull(p.Comparison));
    }

    [Fact]
    public async Task Add_TwoAtOnce_GetDifferentVersions()
    {
        var registry = CreateSut();

        var versions = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => new ModelRegistry(registry.Root).Add(region.ModelDir))));

        Assert.Equal(["v0001", "v0002"], versions.Order(StringComparer.Ordinal));
        Assert.Equal(["v0001", "v0002"], registry.List().Select(e => e.Version));
    }

    [Fact]
    public void Promote_WhileAnotherProcessHoldsTheLock_WaitsThenSaysTheRegistryIsBusy()
    {
        var registry = new ModelRegistry(CreateSut().Root) { LockTimeout = TimeSpan.FromMilliseconds(200) };
        var version = registry.Add(region.ModelDir);

        using (new FileStream(Path.Combine(registry.Root, ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var busy = Assert.Throws<RegistryException>(() => registry.Promote(version, History, GeneratedRegionFixture.Harmoniser, "x", force: false, user: "a"));
            Assert.Contains("the registry is busy", busy.Message, StringComparison.Ordinal);
        }

        Assert.Null(registry.Champion);
        Assert.Equal(version, registry.Promote(version, History, GeneratedRegionFixture.Harmoniser, "x", force: false, user: "a").Version);
    }

    [Fact]
    public void Promote_AfterAPromoterDiedBetweenHistoryAndPointer_RepairsThePointerFromTheHistory()
    {
        var registry = CreateSut();
        var first = registry.Add(region.ModelDir);
        var second = registry.Add(region.ModelDir);
        registry.Promote(first, History, GeneratedRegionFixture.Harmoniser, "first", force: false, user: "a");
        var record = registry.Promote(second, History, GeneratedRegionFixture.Harmoniser, "second", force: false, user: "b");
        // As if the pointer replace after the history append never happened.
        File.WriteAllText(Path.Combine(registry.Root, "champion.json"),
            System.Text.Json.JsonSerializer.Serialize(new ChampionPointer(first, record.At.AddMinutes(-1), "a", "first")));

        var refused = Assert.Throws<RegistryException>(() => registry.Promote(second, History, GeneratedRegionFixture.Harmoniser, "again", force: false, user: "c"));

        Assert.Contains($"{second} is already the champion", refused.Message, StringComparison.Ordinal);
        Assert.Equal((second, "b", "second"), (registry.Champion!.Version, registry.Champion.PromotedBy, registry.Champion.Reason));
    }

    [Fact]
    public void Promotions_WhileALineIsHalfWritten_AreTheCompleteOnes()
    {
        var registry = CreateSut();
        var version = registry.Add(region.ModelDir);
        registry.Promote(version, History, GeneratedRegionFixture.Harmoniser, "first", force: false, user: "a");

        File.AppendAllText(Path.Combine(registry.Root, "promotions.jsonl"), "{\"at\":\"2026-");

        Assert.Equal(["first"], registry.Promotions().Select(p => p.Reason));
    }

    [Fact]
    public void Promote_AfterAPromoterDiedMidLine_CutsTheUnfinishedLineOff()
    {
        var registry = CreateSut();
        var (first, second) = (registry.Add(region.ModelDir), registry.Add(region.ModelDir));
        registry.Promote(first, History, GeneratedRegionFixture.Harmoniser, "first", force: false, user: "a");
        File.AppendAllText(Path.Combine(registry.Root, "promotions.jsonl"), "{\"at\":\"2026-");

        registry.Promote(second, History, GeneratedRegionFixture.Harmoniser, "second", force: false, user: "b");

        Assert.Equal(["first", "second"], registry.Promotions().Select(p => p.Reason));
        Assert.EndsWith("\n", File.ReadAllText(Path.Combine(registry.Root, "promotions.jsonl")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("v0001", true)]
    [InlineData("v123456789", true)]
    [InlineData("v001", false)]
    [InlineData("..", false)]
    [InlineData("../v0001", false)]
    [InlineData(".v0001.tmp", false)]
    [InlineData("V0001", false)]
    [InlineData("v0001/", false)]
    [InlineData("v1234567890", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsVersionName_AcceptsOnlyVAndDigits(string? text, bool expected) => Assert.Equal(expected, ModelRegistry.IsVersionName(text));

    [Fact]
    public void Show_PathOutsideTheRegistry_IsUnknownVersion()
    {
        var registry = CreateSut();
        registry.Add(region.ModelDir);

        var error = Assert.Throws<RegistryException>(() => registry.Show("../versions/v0001"));

        Assert.Contains("no version ../versions/v0001", error.Message, StringComparison.Ordinal);
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
