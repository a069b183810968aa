using Attendance.Data.Generation;
using Attendance.Data.Io;
using Attendance.Model.Artifacts;
using Attendance.Model.Features;
using Attendance.Training.Evaluation;

namespace Attendance.Training.Tests;

/// <summary>The path the nightly scorer takes, end to end on the generated region's upcoming bookings.</summary>
[Collection(GeneratedRegionTests.Name)]
public sealed class ScoringPathTests(GeneratedRegionFixture region)
{
    [Fact]
    public void Score_UpcomingBookings_RanksLikeTheGeneratorsTruth()
    {
        using var model = ModelArtifact.Load(region.ModelDir);
        var asOf = CopenhagenTime.MidnightUtcMicros(GeneratorOptions.DefaultToday);
        var patients = new PatientIndex();
        var upcoming = new UpcomingBookings(model.Spec);
        var bookings = DataFiles.OpenBookings(Path.Combine(region.RegionDir, "bookings"));
        long key = 0;
        foreach (var batch in bookings.ReadBatches())
        {
            upcoming.Add(batch, patients, key);
            key += batch.Count;
        }

        upcoming.Freeze();
        // Only the booked patients' history is folded: memory is bounded by the bookings.
        var fold = new HistoryFold(model.Spec, asOf, patients, addNewPatients: false);
        foreach (var batch in DataFiles.OpenHistory(region.HistoryPath).ReadBatches())
        {
            fold.Add(batch);
        }

        var builder = model.CreateBuilder(GeneratedRegionFixture.Harmoniser);
        var ids = new List<string>();
        var probabilities = new List<float>();
        key = 0;
        foreach (var batch in bookings.ReadBatches())
        {
            var matrix = new float[batch.Count * builder.Columns];
            builder.Build(batch, fold, upcoming, key, matrix);
            var p = new float[batch.Count];
            model.PredictProbabilities(matrix, batch.Count, p);
            probabilities.AddRange(p);
            ids.AddRange(batch.Get<string?>(Attendance.Data.Contract.Columns.AppointmentId).Values[..batch.Count]!);
            key += batch.Count;
        }

        var truth = DataFiles.ReadTruth(Path.Combine(region.RegionDir, "truth")).ToDictionary(t => t.AppointmentId, t => t.NoShowProbability);
        var trueP = ids.Select(id => truth[id]).ToArray();
        Assert.All(probabilities, p => Assert.InRange(p, 0.0005f, 0.9995f));
        Assert.Empty(builder.Stats.UnseenCategories);
        Assert.True(fold.RowsFolded > 0);
        // Rank agreement with the true probabilities (not outcomes, which do not exist yet): AUC of our
        // score for separating the bookings above the median true risk from those below.
        var median = trueP.Order().ElementAt(trueP.Length / 2);
        var auc = Metrics.Auc([.. probabilities], [.. trueP.Select(p => p > median ? 1f : 0f)]);
        Assert.True(auc > 0.75, $"AUC against the true risk's upper half: {auc}");
        Assert.InRange(probabilities.Average(), trueP.Average() * 0.7, trueP.Average() * 1.3);
    }
}
