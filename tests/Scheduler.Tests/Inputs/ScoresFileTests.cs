using Attendance.Parquet;
using Attendance.Scheduler.Inputs;

namespace Attendance.Scheduler.Tests.Inputs;

public sealed class ScoresFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("scores-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Read_ScoresWithExtraColumns_MapsAppointmentToProbability()
    {
        var path = Write(["B1", "B2"], [0.25, 0.5], withExtra: true);
        var scores = ScoresFile.Read(path);
        Assert.Equal(2, scores.Count);
        Assert.True(scores.TryGet("B2", out var p));
        Assert.Equal(0.5, p);
        Assert.False(scores.TryGet("B3", out _));
    }

    [Fact]
    public void Read_ProbabilityOutsideZeroOne_ThrowsNamingFileColumnAndRow()
    {
        var path = Write(["B1", "B2"], [0.25, 1.5]);
        var error = Assert.Throws<ScheduleInputException>(() => ScoresFile.Read(path));
        Assert.Equal($"{path}, column no_show_probability, row 2: not a probability in [0, 1]", error.Message);
    }

    [Fact]
    public void Read_MissingProbabilityColumn_ThrowsNamingIt()
    {
        var path = Path.Combine(_folder, "bad.parquet");
        using (var writer = new ParquetFileWriter(path, [new ParquetColumnSpec("appointment_id", ParquetValueType.String, false)]))
        {
            writer.Complete();
        }

        var error = Assert.Throws<ScheduleInputException>(() => ScoresFile.Read(path));
        Assert.StartsWith($"{path}, column no_show_probability: missing", error.Message, StringComparison.Ordinal);
    }

    private string Write(string[] ids, double[] probabilities, bool withExtra = false)
    {
        var path = Path.Combine(_folder, "scores.parquet");
        List<ParquetColumnSpec> columns =
        [
            new("appointment_id", ParquetValueType.String, false),
            new("no_show_probability", ParquetValueType.Double, false),
        ];
        if (withExtra)
        {
            columns.Add(new("risk_band", ParquetValueType.String, false));
        }

        using var writer = new ParquetFileWriter(path, columns);
        var batch = writer.CreateBatch(ids.Length);
        ids.CopyTo(batch.Values<string?>(0));
        probabilities.CopyTo(batch.Values<double>(1));
        if (withExtra)
        {
            batch.Values<string?>(2).Fill("low");
        }

        batch.Count = ids.Length;
        writer.Write(batch);
        writer.Complete();
        return path;
    }
}
