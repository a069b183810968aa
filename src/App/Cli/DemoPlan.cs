using System.Globalization;
using Attendance.App.Files;
using Attendance.App.Hosting;
using Attendance.App.Jobs;
using Attendance.Training.Registry;
using Microsoft.Extensions.Options;

namespace Attendance.App.Cli;

/// <summary>
/// Where the demo puts things — the layout <c>serve</c> and its jobs use with default settings (taken from
/// <see cref="DataFolders"/> and <see cref="JobsOptions"/>, not restated) — and the verbs it runs.
/// </summary>
internal sealed record DemoPlan(string Folder, DateOnly Today)
{
    public static DemoPlan In(string folder, DateOnly today) => new(folder, today);

    /// <summary>The jobs' zone (Europe/Copenhagen by default): the serve host's jobs work on its dates.</summary>
    public static TimeZoneInfo Zone => new JobsOptions().Zone;

    /// <summary>The real today in <see cref="Zone"/>, so that the region's bookings, slots and waiting list are current for the serve host's jobs.</summary>
    public static DateOnly TodayAt(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime);
    }

    private DataOptions Data => new() { Directory = Folder };

    private DataFolders Folders => new(Options.Create(Data));

    public string Inbox => Folders.Inbox;

    public string Registry => new JobsOptions().ModelRegistryPath(Data);

    public string Scores => Output("scores");

    public string Offers => Output("offers");

    /// <summary>The nightly run's moment: 02:00 in <see cref="Zone"/> on the region's today.</summary>
    public string ScoredAt => At(new TimeOnly(2, 0));

    /// <summary>The offer round's moment: the morning of the region's today.</summary>
    public string OffersAt => At(new TimeOnly(7, 0));

    private string Day => Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string Output(string name) => Path.Combine(Folders.OutboxFor(name, Today), $"{name}.parquet");

    /// <summary>
    /// The verbs in order. Lazy: the scoring step reads the registry's champion, which the step before
    /// it has just promoted.
    /// </summary>
    /// <param name="patients">Patients in the generated region.</param>
    /// <param name="days">Days of history.</param>
    /// <param name="seed">Seed of the region and the training.</param>
    /// <param name="solver">The schedule verb's <c>--solver</c>: <c>in-process</c> or <c>isolated</c>.</param>
    public IEnumerable<(string Title, string[] Args)> Steps(int patients, int days, int seed, string solver)
    {
        var trained = Path.Combine(Folder, "trained");
        yield return ("generating a synthetic region", [
            "generate", "--out", Inbox, "--seed", Invariant(seed), "--patients", Invariant(patients), "--days", Invariant(days), "--today", Day]);
        yield return ("training a no-show model", ["train", "--history", History, "--out", trained, "--seed", Invariant(seed)]);
        // A demo always shows its newest model; a real promotion compares it with the champion first.
        yield return ("promoting it to champion", [
            "models", "promote", "--registry", Registry, "--model", trained, "--history", History, "--reason", "demo run", "--force"]);
        var champion = new ModelRegistry(Registry).ChampionDirectory!;
        yield return ("scoring the upcoming bookings", [
            "score", "--model", champion, "--bookings", Folders.InboxFor("bookings"), "--history", History, "--out", Scores, "--as-of", ScoredAt]);
        yield return ("suggesting waiting-list offers", [
            "schedule", "--slots", Folders.InboxFor("slots"), "--waitlist", Folders.InboxFor("waitlist"), "--scores", Scores,
            "--now", OffersAt, "--out", Offers, "--solver", solver]);
    }

    /// <summary><paramref name="time"/> on the region's today in <see cref="Zone"/>, with that day's offset (summer time too), ISO 8601.</summary>
    private string At(TimeOnly time)
    {
        var local = Today.ToDateTime(time);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    private string History => Folders.InboxFor("history");

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
