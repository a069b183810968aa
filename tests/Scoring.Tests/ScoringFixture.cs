using Attendance.Data.Generation;
using Attendance.Data.Io;
using Attendance.Data.Rows;
using Attendance.Data.VisitTypes;
using Attendance.Scoring.Policy;
using Attendance.Training;
using Attendance.Training.Input;

namespace Attendance.Scoring.Tests;

/// <summary>A small generated region and a model trained on it with the real trainer, shared by the tests that only read them.</summary>
public sealed class ScoringFixture : IDisposable
{
    /// <summary>The region's "today" is 2026-03-02 (Copenhagen); 23:00 UTC the evening before is local midnight.</summary>
    public static readonly DateTimeOffset AsOf = new(2026, 3, 1, 23, 0, 0, TimeSpan.Zero);

    public ScoringFixture()
    {
        Directory.CreateDirectory(Root);
        DataFiles.Generate(RegionDir, new GeneratorOptions { Seed = 7, Patients = 2500, Days = 200, HorizonDays = 14 });
        var options = new TrainingOptions { Seed = 5, Threads = 2, MaxRounds = 60, EarlyStoppingRounds = 10, ImportanceRows = 50 };
        Trainer.Train(HistoryFiles.Read([HistoryPath]), Harmoniser, options, ModelDir);
        Bookings = [.. DataFiles.ReadBookings(BookingsPath)];
    }

    public static VisitTypeHarmoniser Harmoniser { get; } = VisitTypeHarmoniser.Load();

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "attendance-scoring-" + Guid.NewGuid().ToString("N"));

    public string RegionDir => Path.Combine(Root, "region");

    public string HistoryPath => Path.Combine(RegionDir, "history");

    public string BookingsPath => Path.Combine(RegionDir, "bookings");

    public string ModelDir => Path.Combine(Root, "model");

    /// <summary>The generated bookings as rows (for tests that write variants).</summary>
    public IReadOnlyList<Booking> Bookings { get; }

    /// <summary>A fresh folder under the fixture's root.</summary>
    public string NewFolder()
    {
        var path = Path.Combine(Root, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>A request over the fixture's files, writing into a fresh folder.</summary>
    public ScoringRequest Request(ScoringPolicy? policy = null, string? bookings = null) => new()
    {
        ModelDirectory = ModelDir,
        Bookings = [bookings ?? BookingsPath],
        History = [HistoryPath],
        Output = Path.Combine(NewFolder(), "scores.parquet"),
        AsOf = AsOf,
        Policy = policy ?? ScoringPolicy.Default,
        Language = Attendance.Scoring.Reasons.ReasonLanguage.English,
        Threads = 2,
        Harmoniser = Harmoniser,
    };

    /// <summary>Writes bookings rows as a Parquet file in a fresh folder; returns its path.</summary>
    public string WriteBookings(IEnumerable<Booking> rows)
    {
        var path = Path.Combine(NewFolder(), "bookings.parquet");
        DataFiles.Write(path, BookingMapper.Instance, rows);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
