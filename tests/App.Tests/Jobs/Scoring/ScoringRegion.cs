using Attendance.App.Jobs.Scoring;
using Attendance.Data.Generation;
using Attendance.Data.Io;
using Attendance.Data.Rows;
using Attendance.Data.VisitTypes;
using Attendance.Scoring;
using Attendance.Training;
using Attendance.Training.Input;
using Attendance.Training.Registry;

namespace Attendance.App.Tests.Jobs.Scoring;

/// <summary>
/// A small generated region ("today" 2026-03-02) and a registry whose champion was trained on it
/// with the real trainer; each test copies the extracts into its own inbox.
/// </summary>
public sealed class ScoringRegion : IDisposable
{
    public ScoringRegion()
    {
        DataFiles.Generate(RegionDir, new GeneratorOptions { Seed = 11, Patients = 800, Days = 150, HorizonDays = 14 });
        var model = Path.Combine(Root, "model");
        Trainer.Train(HistoryFiles.Read([History]), VisitTypeHarmoniser.Load(),
            new TrainingOptions { Seed = 3, Threads = 1, MaxRounds = 30, EarlyStoppingRounds = 5, ImportanceRows = 20 }, model);
        var registry = new ModelRegistry(Registry);
        var version = registry.Add(model);
        registry.Promote(version, () => HistoryFiles.Read([History]), VisitTypeHarmoniser.Load(), "tests", force: true, user: "test");
        Bookings = [.. DataFiles.ReadBookings(Path.Combine(RegionDir, "bookings"))];
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "attendance-jobs-region-" + Guid.NewGuid().ToString("N"));

    public string RegionDir => Path.Combine(Root, "region");

    public string History => Path.Combine(RegionDir, "history");

    public string Registry => Path.Combine(Root, "models");

    public IReadOnlyList<Booking> Bookings { get; }

    /// <summary>Fills <paramref name="inbox"/> with the region's extracts.</summary>
    public void CopyExtractsTo(string inbox)
    {
        foreach (var kind in new[] { "history", "bookings", "slots", "waitlist" })
        {
            Directory.CreateDirectory(Path.Combine(inbox, kind));
            foreach (var file in Directory.GetFiles(Path.Combine(RegionDir, kind), "*.parquet", SearchOption.AllDirectories))
            {
                File.Copy(file, Path.Combine(inbox, kind, Path.GetFileName(file)), overwrite: true);
            }
        }
    }

    /// <summary>Replaces the bookings extract in <paramref name="inbox"/> with <paramref name="rows"/> as one file.</summary>
    public static string ReplaceBookings(string inbox, IEnumerable<Booking> rows)
    {
        var folder = Path.Combine(inbox, "bookings");
        Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "part-0.parquet");
        DataFiles.Write(path, BookingMapper.Instance, rows);
        return path;
    }

    /// <summary>Scores <paramref name="inbox"/>'s extracts for <paramref name="day"/> in one <see cref="BatchScorer"/> run over all bookings, as the jobs would, into <paramref name="output"/>.</summary>
    public void ScoreUnpartitioned(string inbox, DateOnly day, string output) =>
        new BatchScorer().Score(new ScoringRequest
        {
            ModelDirectory = new ModelRegistry(Registry).ChampionDirectory!,
            Bookings = [Path.Combine(inbox, "bookings")],
            History = [Path.Combine(inbox, "history")],
            Output = output,
            AsOf = ScoringJob.AsOf(day, TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen")),
        });

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
