using Attendance.Data.Contract;
using Attendance.Data.Io;
using Attendance.Data.Rows;
using Attendance.Parquet;

namespace Attendance.App.Tests.Cli;

[Collection(ConsoleRedirection.Name)]
public sealed class ScheduleCommandTests : IDisposable
{
    private const string Now = "2026-03-02T06:00:00Z";
    private static readonly DateTimeOffset NowInstant = DateTimeOffset.Parse(Now, System.Globalization.CultureInfo.InvariantCulture);
    private readonly string _folder = Directory.CreateTempSubdirectory("schedule-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Schedule_ValidInput_WritesOffersAndPrintsTheDepartmentSummary()
    {
        var (slots, waitlist) = WriteInputs([Slot("S1"), Slot("S2", reserved: SlotReservation.Subacute)], [Entry("E1"), Entry("E2", digital: false)]);
        var offers = Path.Combine(_folder, "out", "offers.parquet");

        var (exitCode, output, error) = await CliRunner.RunAsync(
            "schedule", "--slots", slots, "--waitlist", waitlist, "--now", Now, "--out", offers, "--policy", WritePolicy("""{ "reserve_share": 0 }"""));

        Assert.True(exitCode == 0, error);
        Assert.Contains("Kardiologi", output, StringComparison.Ordinal);
        Assert.Contains("Wrote 1 offers", output, StringComparison.Ordinal);
        using var reader = ParquetFileReader.Open(offers);
        Assert.Equal(1, reader.RowCount);
        Assert.Equal("S1", reader.ReadColumn<string>(0, "slot_id").Values[0]);
        Assert.Equal("E1", reader.ReadColumn<string>(0, "entry_id").Values[0]);
        Assert.Equal("fast_pass", reader.ReadColumn<string>(0, "channel").Values[0]);
        Assert.Contains("best of 2 candidates considered for this slot", reader.ReadColumn<string>(0, "reason").Values[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_SameSlotIdInTwoFiles_FailsNamingBothFiles()
    {
        var (first, waitlist) = WriteInputs([Slot("S1")], [Entry("E1")]);
        var second = Path.Combine(_folder, "more-slots.parquet");
        DataFiles.Write(second, SlotMapper.Instance, [Slot("S1")]);

        var (exitCode, _, error) = await RunAsync("--slots", first, second, "--waitlist", waitlist);

        Assert.Equal(1, exitCode);
        Assert.Contains($"{second}, row 1: duplicate slot_id (first seen at {first}, row 1)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_DepartmentNotInPolicy_FailsNamingFileRowAndDepartment()
    {
        var (slots, waitlist) = WriteInputs([Slot("S1")], [Entry("E1", department: "Urologi")]);

        var (exitCode, _, error) = await RunAsync("--slots", slots, "--waitlist", waitlist, "--policy", WritePolicy("""{ "departments": ["Kardiologi"] }"""));

        Assert.Equal(1, exitCode);
        Assert.Contains($"{waitlist}, row 1: department 'Urologi' is not among the policy's departments", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_SlotsInThePastAndOverlaps_AreSkippedWithCounts()
    {
        var (slots, waitlist) = WriteInputs(
            [Slot("S0", days: -1), Slot("S1", resource: "R"), Slot("S2", resource: "R")],
            [Entry("E1")]);

        var (exitCode, output, _) = await RunAsync("--slots", slots, "--waitlist", waitlist);

        Assert.Equal(0, exitCode);
        Assert.Contains("Skipped: 1 slots in the past, 1 slots overlapping an earlier slot of their resource", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_BadPolicyValue_FailsNamingFileAndSetting()
    {
        var (slots, waitlist) = WriteInputs([Slot("S1")], [Entry("E1")]);
        var policy = WritePolicy("""{ "reserve_share": 2 }""");

        var (exitCode, _, error) = await RunAsync("--slots", slots, "--waitlist", waitlist, "--policy", policy);

        Assert.Equal(1, exitCode);
        Assert.Equal($"attendance: {policy}: reserve_share: must be in [0, 1]", error.Trim());
    }

    [Fact]
    public async Task Schedule_MissingSlotsFile_FailsWithOneLine()
    {
        var (_, waitlist) = WriteInputs([Slot("S1")], [Entry("E1")]);
        var missing = Path.Combine(_folder, "nope.parquet");

        var (exitCode, _, error) = await RunAsync("--slots", missing, "--waitlist", waitlist);

        Assert.Equal(1, exitCode);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(missing, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_BadNow_FailsNamingTheOption()
    {
        var (slots, waitlist) = WriteInputs([Slot("S1")], [Entry("E1")]);

        var (exitCode, _, error) = await CliRunner.RunAsync("schedule", "--slots", slots, "--waitlist", waitlist, "--now", "tomorrow", "--out", Path.Combine(_folder, "o.parquet"));

        Assert.Equal(1, exitCode);
        Assert.Contains("--now: 'tomorrow' is not an ISO 8601 time", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveWorker_IsHiddenFromHelp()
    {
        var (_, output, _) = await CliRunner.RunAsync("--help");
        Assert.Contains("schedule", output, StringComparison.Ordinal);
        Assert.DoesNotContain("solve-worker", output, StringComparison.Ordinal);
    }

    private Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) =>
        CliRunner.RunAsync(["schedule", .. args, "--now", Now, "--out", Path.Combine(_folder, "offers.parquet")]);

    private (string Slots, string Waitlist) WriteInputs(Slot[] slots, WaitlistEntry[] entries)
    {
        var slotsPath = Path.Combine(_folder, "slots.parquet");
        var waitlistPath = Path.Combine(_folder, "waitlist.parquet");
        DataFiles.Write(slotsPath, SlotMapper.Instance, slots);
        DataFiles.Write(waitlistPath, WaitlistMapper.Instance, entries);
        return (slotsPath, waitlistPath);
    }

    private string WritePolicy(string json)
    {
        var path = Path.Combine(_folder, "policy.json");
        File.WriteAllText(path, json);
        return path;
    }

    private static Slot Slot(string id, double days = 3, SlotReservation? reserved = null, string? resource = null) => new()
    {
        SlotId = id,
        Site = "SUH",
        Department = "Kardiologi",
        StartAt = NowInstant.AddDays(days),
        DurationMin = 30,
        VisitType = "Kontrol 30",
        ResourceId = resource,
        Kind = SlotKind.Free,
        Reserved = reserved,
    };

    private static WaitlistEntry Entry(string id, bool digital = true, string department = "Kardiologi") => new()
    {
        EntryId = id,
        PatientId = "P" + id,
        Department = department,
        VisitType = "Kontrol",
        DurationMin = 30,
        Triage = Triage.Unchanged,
        CurrentBookingId = "B" + id,
        CurrentStartAt = NowInstant.AddDays(20),
        DigitalUser = digital,
    };
}
