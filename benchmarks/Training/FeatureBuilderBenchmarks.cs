using Attendance.Data.Batches;
using Attendance.Data.Contract;
using Attendance.Data.Generation;
using Attendance.Data.Rows;
using Attendance.Data.VisitTypes;
using Attendance.Model.Features;
using Attendance.Training.Sets;
using BenchmarkDotNet.Attributes;

namespace Attendance.Benchmarks.Training;

/// <summary>
/// Appointment features of one 64k-row history batch: the columnar builder against the row path
/// (typed records through the row mapper, then the same values written per row).
/// Run: dotnet run -c Release --project benchmarks -- --filter '*FeatureBuilder*'
/// </summary>
[MemoryDiagnoser]
public class FeatureBuilderBenchmarks
{
    private TableBatch batch = null!;
    private FeatureBuilder builder = null!;
    private int[] rows = [];
    private float[] matrix = [];

    [GlobalSetup]
    public void Setup()
    {
        var sink = new FirstHistoryBatch();
        new RegionGenerator(new GeneratorOptions { Patients = 12_000, Days = 365, BatchRows = 65_536 }).Generate(sink);
        batch = sink.Batch!;
        var harmoniser = VisitTypeHarmoniser.Load();
        var fitting = LabelledSetBuilder.ForTraining(new FeatureSpec(), harmoniser);
        fitting.Add(batch);
        var spec = fitting.Builder!.FinishVocabularies(fitting.Matrix, [.. Enumerable.Repeat(true, fitting.LabelledCount)], new Dictionary<string, long>());
        builder = new FeatureBuilder(spec, harmoniser);
        rows = [.. Enumerable.Range(0, batch.Count)];
        matrix = new float[batch.Count * builder.Columns];
    }

    [Benchmark(Baseline = true)]
    public float RowPath()
    {
        var sum = 0f;
        for (var i = 0; i < batch.Count; i++)
        {
            var row = HistoryMapper.Instance.Read(batch, i);
            sum += (float)(row.StartAt - row.BookedAt).TotalDays + (row.Age ?? 0) + (float)(row.DistanceKm ?? 0);
        }

        return sum;
    }

    [Benchmark]
    public float Columnar()
    {
        builder.WriteAppointmentFeatures(batch, rows, matrix);
        return matrix[^1];
    }

    /// <summary>Keeps a copy of the generator's first history batch (the generator reuses its batches).</summary>
    private sealed class FirstHistoryBatch : IRegionSink
    {
        public TableBatch? Batch { get; private set; }

        public void Write(TableBatch batch)
        {
            if (Batch is not null || batch.Schema != Tables.History)
            {
                return;
            }

            Batch = new TableBatch(Tables.History, batch.Count) { Count = batch.Count };
            for (var i = 0; i < batch.Count; i++)
            {
                HistoryMapper.Instance.Write(Batch, i, HistoryMapper.Instance.Read(batch, i));
            }
        }
    }
}
