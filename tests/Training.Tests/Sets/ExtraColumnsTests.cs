using Attendance.Data.VisitTypes;
using Attendance.Model.Features;
using Attendance.Model.XGBoost;
using Attendance.Training.Input;
using Attendance.Training.Sets;

namespace Attendance.Training.Tests.Sets;

public sealed class ExtraColumnsTests
{
    [Fact]
    public void Training_ExtraColumnsOfADuckDbFile_BecomeFeaturesAsTheyAre()
    {
        // 20 rows i = 1..20 written by DuckDB: x_flag = (i even), x_note = 'note i'; i % 10 == 7 is cancelled.
        var builder = LabelledSetBuilder.ForTraining(new FeatureSpec(), VisitTypeHarmoniser.Load());
        foreach (var batch in HistoryFiles.Read([FixturePath()]))
        {
            builder.Add(batch);
        }

        var spec = builder.Builder!.FinishVocabularies(builder.Matrix, [.. Enumerable.Repeat(true, builder.LabelledCount)], new Dictionary<string, long>());
        var set = builder.Finish(spec);

        var flag = spec.Features.Single(f => f.Name == "x_flag");
        var note = spec.Features.Single(f => f.Name == "x_note");
        Assert.Equal(FeatureKind.Quantitative, flag.Kind);
        Assert.Equal(FeatureKind.Categorical, note.Kind);
        Assert.Equal(18, note.Categories!.Count);
        Assert.Equal(18, set.Rows);
        var columns = spec.Names.ToList();
        // Labelled row 0 is i = 1: odd, "note 1".
        Assert.Equal(0, set.Matrix[columns.IndexOf("x_flag")]);
        Assert.Equal("note 1", note.Categories[(int)set.Matrix[columns.IndexOf("x_note")]]);
        Assert.Equal(1, set.Matrix[set.Columns + columns.IndexOf("x_flag")]);
    }

    private static string FixturePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Data.Tests", "Fixtures", "duckdb-history.parquet");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("tests/Data.Tests/Fixtures/duckdb-history.parquet not found above the test folder");
    }
}
