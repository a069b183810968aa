namespace Attendance.Scoring.Tests;

/// <summary>
/// <see cref="ScoringRequest.Departments"/>, which the nightly job's partitions rely on: a run over some
/// departments writes exactly those departments' rows of the run over all, byte for byte in every value.
/// </summary>
public sealed class BatchScorerDepartmentsTests(ScoringFixture region) : IClassFixture<ScoringFixture>
{
    [Fact]
    public void Score_SomeDepartments_WritesExactlyTheirRowsOfTheRunOverAll_FlagsAndReasonsIncluded()
    {
        var all = region.Request();
        var everything = new BatchScorer().Score(all);
        var rows = ScoreRow.Read(all.Output);
        var departments = rows.Select(row => row.Department).Distinct().Order(StringComparer.Ordinal).Where((_, i) => i % 2 == 0).ToHashSet();
        var part = region.Request() with { Departments = departments };

        var some = new BatchScorer().Score(part);

        var expected = rows.Where(row => departments.Contains(row.Department)).ToList();
        Assert.InRange(expected.Count, 1, rows.Count - 1);
        Assert.Contains(expected, row => row.Flagged);
        Assert.Equivalent(expected, ScoreRow.Read(part.Output), strict: true);
        Assert.Equal(expected.Count, some.Rows);
        Assert.Equal(expected.Count(row => row.Flagged), some.Flagged);
        Assert.Equal((everything.BookingsRead, everything.SkippedPast, everything.HistoryRowsFolded), (some.BookingsRead, some.SkippedPast, some.HistoryRowsFolded));
    }
}
