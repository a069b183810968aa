using Attendance.Data.Contract;
using Attendance.Data.Io;
using Attendance.Data.Rows;
using Attendance.Parquet;
using Attendance.Model.Artifacts;
using Attendance.Model.Features;

namespace Attendance.Scoring.Tests;

public sealed class BadInputTests(ScoringFixture region) : IClassFixture<ScoringFixture>
{
    [Fact]
    public void Score_FeaturesJsonFromAnotherTraining_ThrowsSayingTheyDoNotBelongTogether_AndWritesNothing()
    {
        var model = CopyModel();
        var spec = FeatureSpec.Load(Path.Combine(model, FeatureSpec.FileName));
        (spec with { PriorStrength = spec.PriorStrength + 1 }).Save(Path.Combine(model, FeatureSpec.FileName));
        var request = region.Request() with { ModelDirectory = model };

        var e = Assert.Throws<ModelArtifactException>(() => new BatchScorer().Score(request));

        Assert.Contains("features.json is not the specification model.json was trained with", e.Message, StringComparison.Ordinal);
        AssertNothingWritten(request);
    }

    [Fact]
    public void Score_ModelFolderMissing_ThrowsNamingIt()
    {
        var request = region.Request() with { ModelDirectory = Path.Combine(region.Root, "no-model") };

        var e = Assert.Throws<ModelArtifactException>(() => new BatchScorer().Score(request));

        Assert.Equal($"{request.ModelDirectory}: model folder not found", e.Message);
    }

    [Fact]
    public void Score_CprLikePatientId_IsRefusedNamingFileColumnAndRow_AndWritesNothing()
    {
        var bookings = region.Bookings.Select((b, i) => i == 2 ? b with { PatientId = "150390-1234" } : b);
        var path = region.WriteBookings(bookings);
        var request = region.Request(bookings: path);

        var e = Assert.Throws<DataContractException>(() => new BatchScorer().Score(request));

        Assert.Equal(DataContractError.CprNumber, e.Error);
        Assert.StartsWith($"{path}, column patient_id, row 3: value looks like a Danish CPR number", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("150390", e.Message, StringComparison.Ordinal);
        AssertNothingWritten(request);
    }

    [Fact]
    public void Score_CprLikePatientIdInHistory_IsRefusedByTheProjectedHistoryRead()
    {
        var path = WriteHistory((h, i) => i == 4 ? h with { PatientId = "150390-1234" } : h);
        var request = region.Request() with { History = [path] };

        var e = Assert.Throws<DataContractException>(() => new BatchScorer().Score(request));

        Assert.Equal((DataContractError.CprNumber, "patient_id", 5L), (e.Error, e.Column, e.Row));
        AssertNothingWritten(request);
    }

    [Fact]
    public void Score_RepeatedAppointmentIdInHistory_IsRefused()
    {
        var first = DataFiles.ReadHistory(region.HistoryPath).First().AppointmentId;
        var path = WriteHistory((h, i) => i == 7 ? h with { AppointmentId = first } : h);
        var request = region.Request() with { History = [path] };

        var e = Assert.Throws<DataContractException>(() => new BatchScorer().Score(request));

        Assert.Equal((DataContractError.DuplicateId, "appointment_id", 8L), (e.Error, e.Column, e.Row));
        AssertNothingWritten(request);
    }

    [Fact]
    public void Score_CorruptBookingsFile_ThrowsNamingTheFile()
    {
        var path = Path.Combine(region.NewFolder(), "bookings.parquet");
        var bytes = File.ReadAllBytes(Directory.GetFiles(region.BookingsPath, "*.parquet")[0]);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        var request = region.Request(bookings: path);

        var e = Assert.Throws<DataContractException>(() => new BatchScorer().Score(request));

        Assert.StartsWith($"{path}: not a readable Parquet file", e.Message, StringComparison.Ordinal);
        AssertNothingWritten(request);
    }

    [Fact]
    public void Score_CorruptHistoryFile_ThrowsNamingIt_FromTheFoldingThread()
    {
        var path = Path.Combine(region.NewFolder(), "history.parquet");
        var source = Directory.GetFiles(region.HistoryPath, "*.parquet")[0];
        var bytes = File.ReadAllBytes(source);
        // The scorer reads only the history columns it folds: corrupt one of those (patient_id of the first row
        // group). Damage to a column it does not read goes unnoticed, as in any projected Parquet read.
        var middle = MiddleOfChunk(source, Columns.PatientId);
        bytes[middle] ^= 0xFF;
        bytes[middle + 1] ^= 0xFF;
        File.WriteAllBytes(path, bytes);
        var request = region.Request() with { History = [path] };

        var e = Assert.Throws<DataContractException>(() => new BatchScorer().Score(request));

        Assert.StartsWith(path, e.Message, StringComparison.Ordinal);
        AssertNothingWritten(request);
    }

    [Fact]
    public void Score_HistoryGivenAsBookings_ThrowsNamingTheMissingOrExtraColumnProblem()
    {
        // A bookings file must not carry outcomes; the reader ignores unknown columns, so history reads as bookings.
        // The reverse is the error a user makes: bookings given as history lack the outcome column.
        var request = region.Request() with { History = [region.BookingsPath] };

        var e = Assert.Throws<DataContractException>(() => new BatchScorer().Score(request));

        Assert.Contains("outcome", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_PathThatDoesNotExist_ThrowsNamingIt()
    {
        var request = region.Request(bookings: "/nowhere/bookings");

        var e = Assert.Throws<ScoringException>(() => new BatchScorer().Score(request));

        Assert.Equal("/nowhere/bookings: no such bookings file or folder", e.Message);
    }

    [Fact]
    public void Score_OutputIsAFolder_ThrowsSayingSo()
    {
        var request = region.Request() with { Output = region.NewFolder() };

        var e = Assert.Throws<ScoringException>(() => new BatchScorer().Score(request));

        Assert.Contains("is a folder", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_StoppedAfterTheFirstRowGroupWasWritten_LeavesNoFileUnderTheFinalNameNorATemporaryOne()
    {
        var bookings = Path.Combine(region.NewFolder(), "bookings.parquet");
        using (var writer = new TableWriter(bookings, Tables.Bookings, new ParquetWriterOptions { RowGroupRows = 1000 }))
        {
            writer.WriteRows(BookingMapper.Instance, region.Bookings);
            writer.Complete();
        }

        var request = region.Request(bookings: bookings);
        using var stop = new CancellationTokenSource();
        var written = 0;
        var filesMidway = Array.Empty<string>();
        var scorer = new BatchScorer
        {
            AfterRowGroupWritten = () =>
            {
                written++;
                filesMidway = Directory.GetFiles(Path.GetDirectoryName(request.Output)!);
                stop.Cancel();
            },
        };

        Assert.ThrowsAny<OperationCanceledException>(() => scorer.Score(request, cancellationToken: stop.Token));

        Assert.Equal(1, written);
        Assert.DoesNotContain(request.Output, filesMidway);
        Assert.NotEmpty(filesMidway);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(request.Output)!));
    }

    private string CopyModel()
    {
        var copy = region.NewFolder();
        foreach (var file in Directory.GetFiles(region.ModelDir))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        return copy;
    }

    private static void AssertNothingWritten(ScoringRequest request)
    {
        Assert.False(File.Exists(request.Output), "no scores file");
        Assert.False(File.Exists(ScoringSummary.PathBeside(request.Output)), "no summary");
    }

    /// <summary>The fixture's history with some rows changed, as one Parquet file in a fresh folder.</summary>
    private string WriteHistory(Func<HistoryAppointment, int, HistoryAppointment> change)
    {
        var path = Path.Combine(region.NewFolder(), "history.parquet");
        DataFiles.Write(path, HistoryMapper.Instance, DataFiles.ReadHistory(region.HistoryPath).Select(change).ToList());
        return path;
    }

    private static int MiddleOfChunk(string file, string column)
    {
        using var parquet = ParquetFileReader.Open(file);
        var chunk = parquet.Metadata.RowGroups[0].Columns.Select(c => c.MetaData!).Single(m => m.PathInSchema[0] == column);
        return checked((int)((chunk.DictionaryPageOffset ?? chunk.DataPageOffset) + (chunk.TotalCompressedSize / 2)));
    }
}
