using System.Text.Json;
using Attendance.App.Jobs;
using Attendance.App.Tests.Infrastructure;
using Attendance.App.Tests.Jobs.Scoring;
using Attendance.Training.Registry;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Quartz.Extensibility;

namespace Attendance.App.Tests.Jobs.Models;

[Collection(PostgresGroup.Name)]
public sealed class RetrainJobTests(PostgresServer postgres, ScoringRegion region) : IClassFixture<ScoringRegion>
{
    private static readonly JobDefinition Retrain = JobCatalog.Find(nameof(JobsOptions.Retrain))!;

    [Fact]
    public async Task Retrain_AutoPromotionOff_AddsTheChallengerAndKeepsTheChampion()
    {
        var (factory, registry) = await CreateSutAsync(autoPromote: false);
        using var _ = factory;
        var champion = new ModelRegistry(registry).Champion!.Version;

        var (run, metrics) = await RunAsync(factory);

        Assert.Equal(JobRunResult.Succeeded, run.EffectiveResult);
        Assert.Equal(2, new ModelRegistry(registry).List().Count);
        Assert.Equal(champion, new ModelRegistry(registry).Champion!.Version);
        Assert.False(metrics.GetProperty("promoted").GetBoolean());
        Assert.Contains("v0002 trained and kept as a challenger", run.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retrain_PromotesTheChallengerOnlyWhenItsAucIsHigher()
    {
        var (factory, registry) = await CreateSutAsync(autoPromote: true);
        using var _ = factory;

        var (run, metrics) = await RunAsync(factory);
        var promoted = metrics.GetProperty("promoted").GetBoolean();
        var better = metrics.GetProperty("challenger_auc").GetDouble() > metrics.GetProperty("champion_auc").GetDouble();

        Assert.Equal(JobRunResult.Succeeded, run.EffectiveResult);
        Assert.True(run.Summary is not null && run.Summary.Contains(" AUC ", StringComparison.Ordinal), run.Summary);
        Assert.Equal(better && promoted, promoted);
        Assert.Equal(promoted ? "v0002" : "v0001", new ModelRegistry(registry).Champion!.Version);
        if (promoted)
        {
            Assert.Equal("system:retrain", new ModelRegistry(registry).Promotions()[^1].By);
        }
    }

    private async Task<(AttendanceWebFactory Factory, string Registry)> CreateSutAsync(bool autoPromote)
    {
        var data = Path.Combine(Path.GetTempPath(), $"attendance-retrain-{Guid.NewGuid():N}");
        region.CopyExtractsTo(Path.Combine(data, "inbox"));
        var registry = Path.Combine(data, "models");
        CopyFolder(region.Registry, registry);
        var settings = new Dictionary<string, string?>(SchedulingTests.FastRetries)
        {
            ["Data:Directory"] = data,
            ["Jobs:AutoPromote"] = autoPromote ? "true" : "false",
        };
        var factory = await AttendanceWebFactory.CreateAsync("sqlite", postgres, settings, systemClock: true);
        _ = factory.Server;
        return (factory, registry);
    }

    private static async Task<(ExecutionHistoryEntry Run, JsonElement Metrics)> RunAsync(AttendanceWebFactory factory)
    {
        await factory.Services.GetRequiredService<JobControl>().TriggerAsync(Retrain, "ada", null, CancellationToken.None);
        var history = factory.Services.GetRequiredService<IExecutionHistoryStore>();
        var runs = await Eventually.GetAsync(async () => (await history.QueryExecutions(
                new ExecutionHistoryQuery { SchedulerName = JobsExtensions.SchedulerName, Job = Retrain.Key }, CancellationToken.None)).Items,
            runs => runs.Count >= 1, "the retrain run", 180);
        Assert.True(runs[0].MetricsJson is not null, runs[0].Summary ?? runs[0].ExceptionMessage);
        return (runs[0], JsonDocument.Parse(runs[0].MetricsJson!).RootElement.Clone());
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
