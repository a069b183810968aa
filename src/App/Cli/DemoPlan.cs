using System.Globalization;
using Attendance.Training.Registry;

namespace Attendance.App.Cli;

/// <summary>
/// Where the demo puts things — the same layout <c>serve</c> uses: extracts in <c>inbox/</c>, the model
/// registry in <c>models/</c>, outputs in <c>outbox/&lt;output&gt;/date=YYYY-MM-DD/</c> — and the verbs it runs.
/// </summary>
internal sealed record DemoPlan(string Folder, DateOnly Today)
{
    public static DemoPlan In(string folder, DateOnly today) => new(folder, today);

    public string Inbox => Path.Combine(Folder, "inbox");

    public string Registry => Path.Combine(Folder, "models");

    public string Scores => Output("scores");

    public string Offers => Output("offers");

    /// <summary>The nightly run's moment: 02:00 in Copenhagen on the region's today.</summary>
    public string ScoredAt => $"{Day}T02:00:00+01:00";

    /// <summary>The offer round's moment: the morning of the region's today.</summary>
    public string OffersAt => $"{Day}T07:00:00+01:00";

    private string Day => Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string Output(string name) => Path.Combine(Folder, "outbox", name, $"date={Day}", $"{name}.parquet");

    /// <summary>
    /// The verbs in order. Lazy: the scoring step reads the registry's champion, which the step before
    /// it has just promoted.
    /// </summary>
    public IEnumerable<(string Title, string[] Args)> Steps(int patients, int days, int seed)
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
            "score", "--model", champion, "--bookings", Path.Combine(Inbox, "bookings"), "--history", History, "--out", Scores, "--as-of", ScoredAt]);
        yield return ("suggesting waiting-list offers", [
            "schedule", "--slots", Path.Combine(Inbox, "slots"), "--waitlist", Path.Combine(Inbox, "waitlist"), "--scores", Scores,
            "--now", OffersAt, "--out", Offers]);
    }

    private string History => Path.Combine(Inbox, "history");

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
