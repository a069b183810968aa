using Attendance.App.Cli;
using Attendance.App.Jobs;
using Attendance.App.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Attendance.App.Tests.Cli;

[Collection(PostgresGroup.Name)]
public sealed class DemoJobsTests(PostgresServer postgres)
{
    [Fact]
    public async Task Run_ScoringJobFails_EndsWithTheJobsMessageInOneLine_AndRunsNoOfferRound()
    {
        var data = Path.Combine(Path.GetTempPath(), $"attendance-demo-jobs-{Guid.NewGuid():N}");
        using var factory = await AttendanceWebFactory.CreateAsync("sqlite", postgres, new Dictionary<string, string?> { ["Data:Directory"] = data }, systemClock: true);
        _ = factory.Server;
        var jobs = ActivatorUtilities.CreateInstance<DemoJobs>(factory.Services);

        var error = await Assert.ThrowsAsync<UserFacingException>(() => jobs.RunAsync(new DateOnly(2026, 3, 2), CancellationToken.None));

        Assert.StartsWith($"the Scoring job failed: no champion model in {Path.Combine(data, "models")}: train one and promote it", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        var runs = await factory.Services.GetRequiredService<JobBoard>().RunsAsync(JobCatalog.Find(nameof(JobsOptions.OfferRound))!.Key, 10, CancellationToken.None);
        Assert.Empty(runs);
        Directory.Delete(data, recursive: true);
    }
}
