using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Attendance.Data.Batches;
using Attendance.Data.VisitTypes;
using Attendance.Model.Artifacts;

namespace Attendance.Training.Registry;

/// <summary>
/// A folder of versioned model artifacts (<c>versions/v0001/</c> ...), a champion pointer
/// (<c>champion.json</c>, replaced atomically) and an append-only log of promotions
/// (<c>promotions.jsonl</c>); changes take the registry's lock (<c>.lock</c>). Scoring reads the champion; analysts add and promote challengers.
/// </summary>
public sealed class ModelRegistry
{
    private const string VersionsFolder = "versions";
    private const string ChampionFile = "champion.json";
    private const string PromotionsFile = "promotions.jsonl";
    private const string ComparisonsFolder = "comparisons";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private readonly TimeProvider clock;

    /// <param name="root">The registry folder (created on first write).</param>
    /// <param name="clock">Stamps promotions; default the system clock.</param>
    public ModelRegistry(string root, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        Root = root;
        this.clock = clock ?? TimeProvider.System;
    }

    /// <summary>The registry folder.</summary>
    public string Root { get; }

    /// <summary>How long an add or promotion waits for another one to finish (a promotion evaluates two models).</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The champion, or null before the first promotion.</summary>
    public ChampionPointer? Champion
    {
        get
        {
            var path = Path.Combine(Root, ChampionFile);
            return File.Exists(path) ? JsonSerializer.Deserialize<ChampionPointer>(File.ReadAllText(path)) : null;
        }
    }

    /// <summary>The folder of the champion's artifact, or null.</summary>
    public string? ChampionDirectory => Champion is { } c ? DirectoryOf(c.Version) : null;

    /// <summary>Every version, oldest first.</summary>
    public IReadOnlyList<RegistryEntry> List()
    {
        var versions = Path.Combine(Root, VersionsFolder);
        if (!Directory.Exists(versions))
        {
            return [];
        }

        var champion = Champion?.Version;
        return [.. Directory.GetDirectories(versions).Select(Path.GetFileName).Where(IsVersionName).OfType<string>().Order(StringComparer.Ordinal)
            .Select(v => new RegistryEntry(v, DirectoryOf(v), MetricsOf(v), v == champion))];
    }

    /// <summary>
    /// Whether <paramref name="text"/> has the form of a version name (<c>v</c> and 4 to 9 digits), so
    /// nothing else — <c>..</c>, a path, a hidden staging folder — is ever looked up as one.
    /// </summary>
    public static bool IsVersionName([NotNullWhen(true)] string? text) =>
        text is { Length: >= 5 and <= 10 } && text[0] == 'v' && !text.AsSpan(1).ContainsAnyExceptInRange('0', '9');

    /// <summary>One version.</summary>
    /// <exception cref="RegistryException">Not a version name, or no such version.</exception>
    public RegistryEntry Show(string version) =>
        (IsVersionName(version) ? List().FirstOrDefault(e => e.Version == version) : null)
        ?? throw new RegistryException($"{Root}: no version {version} (see models list)");

    /// <summary>The promotions so far, oldest first; the last one names the champion.</summary>
    public IReadOnlyList<PromotionRecord> Promotions()
    {
        var path = Path.Combine(Root, PromotionsFile);
        // A line counts once its newline is written: a reader racing an append (readers take no lock) skips the unfinished tail.
        return File.Exists(path)
            ? [.. File.ReadAllText(path).Split('\n')[..^1].Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<PromotionRecord>(l)!)]
            : [];
    }

    /// <summary>Copies an artifact folder in as the next version (numbered under the registry's lock).</summary>
    /// <exception cref="ModelArtifactException">The folder is not a complete artifact.</exception>
    public string Add(string artifactDirectory)
    {
        using (ModelArtifact.Load(artifactDirectory, threads: 1))
        {
            // Loading proves the artifact is complete and consistent before it enters the registry.
        }

        using var hold = RegistryLock.Acquire(Root, LockTimeout);
        var next = List().Select(e => int.TryParse(e.Version.AsSpan(1), CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;
        var version = "v" + next.ToString("D4", CultureInfo.InvariantCulture);
        var staging = Path.Combine(Root, VersionsFolder, "." + version + ".tmp");
        if (Directory.Exists(staging))
        {
            // Left by an add that died half-way; nobody else can be writing it while we hold the lock.
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        foreach (var file in Directory.GetFiles(artifactDirectory))
        {
            File.Copy(file, Path.Combine(staging, Path.GetFileName(file)), overwrite: true);
        }

        Directory.Move(staging, DirectoryOf(version));
        return version;
    }

    /// <summary>
    /// Evaluates the champion and <paramref name="version"/> on the newer of their two validation periods of
    /// <paramref name="history"/> (neither trained on it) — the comparison <see cref="Promote"/> decides by — and keeps it for
    /// <see cref="ComparisonWithChampion"/>. Null when there is no champion yet.
    /// </summary>
    /// <exception cref="RegistryException">Unknown version, or it is the champion.</exception>
    public PromotionComparison? Compare(string version, Func<IEnumerable<TableBatch>> history, VisitTypeHarmoniser harmoniser, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        var challenger = Show(version);
        if (Champion is not { } champion)
        {
            return null;
        }

        if (champion.Version == version)
        {
            throw new RegistryException($"{version} is already the champion");
        }

        var comparison = Evaluate(DirectoryOf(champion.Version), challenger, history, harmoniser, progress);
        Directory.CreateDirectory(Path.Combine(Root, ComparisonsFolder));
        WriteAtomically(ComparisonPath(version, champion.Version), JsonSerializer.Serialize(comparison, Indented));
        return comparison;
    }

    /// <summary>The latest comparison of <paramref name="version"/> with the current champion (by <see cref="Compare"/> or a promotion attempt), or null.</summary>
    public PromotionComparison? ComparisonWithChampion(string version)
    {
        if (!IsVersionName(version) || Champion is not { } champion)
        {
            return null;
        }

        var path = ComparisonPath(version, champion.Version);
        return File.Exists(path) ? JsonSerializer.Deserialize<PromotionComparison>(File.ReadAllText(path)) : null;
    }

    /// <summary>
    /// Makes <paramref name="version"/> the champion. With a champion in place, both are evaluated on the
    /// newer of their validation periods of <paramref name="history"/> (<see cref="Compare"/>); a worse challenger is refused unless
    /// <paramref name="force"/>. Every promotion is logged with who, why and the comparison.
    /// </summary>
    /// <remarks>
    /// The whole decision runs under the registry's lock: a second promoter (another thread, the CLI
    /// beside <c>serve</c>) waits, then compares against the champion the first one left. The promotion
    /// is appended to the history first and the pointer replaced after; a crash between the two is
    /// repaired from the history at the next promotion, so the two never disagree for longer.
    /// </remarks>
    /// <param name="version">The challenger, a version of this registry.</param>
    /// <param name="history">Opens the history anew for each model evaluated.</param>
    /// <param name="harmoniser">The visit-type table.</param>
    /// <param name="reason">Why, in the promoter's words (logged).</param>
    /// <param name="force">Promote even a worse challenger (logged as forced).</param>
    /// <param name="user">Who promotes (the OS user at the CLI).</param>
    /// <param name="progress">Receives progress lines.</param>
    /// <exception cref="RegistryException">Unknown version, already the champion, the registry stays busy, or the
    /// challenger is worse and not forced (then with its <see cref="RegistryException.Comparison"/>).</exception>
    public PromotionRecord Promote(string version, Func<IEnumerable<TableBatch>> history, VisitTypeHarmoniser harmoniser, string reason, bool force, string user, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        using var hold = RegistryLock.Acquire(Root, LockTimeout);
        Repair();
        var previous = Champion;
        var comparison = Compare(version, history, harmoniser, progress);
        if (comparison is { ChallengerIsWorse: true } && !force)
        {
            throw new RegistryException($"{version} is worse than the champion {previous!.Version} {comparison}; use --force to promote it anyway")
            {
                Comparison = comparison,
            };
        }

        var record = new PromotionRecord
        {
            At = clock.GetUtcNow(),
            By = user,
            Version = version,
            Previous = previous?.Version,
            Reason = reason,
            Forced = force && comparison is { ChallengerIsWorse: true },
            Comparison = comparison,
        };
        using (var log = new FileStream(Path.Combine(Root, PromotionsFile), FileMode.Append, FileAccess.Write, FileShare.Read))
        {
            log.Write(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(record) + "\n"));
            log.Flush(flushToDisk: true);
        }

        WriteAtomically(Path.Combine(Root, ChampionFile), PointerOf(record));
        return record;
    }

    /// <summary>
    /// Undoes what a promoter that died half-way left (called under the lock, so nobody is writing): an
    /// unfinished last history line is cut off, and the pointer follows the history's last promotion —
    /// the history is the record of truth.
    /// </summary>
    private void Repair()
    {
        var path = Path.Combine(Root, PromotionsFile);
        if (File.Exists(path))
        {
            using var log = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
            var end = log.Length;
            while (end > 0)
            {
                log.Position = end - 1;
                if (log.ReadByte() == '\n')
                {
                    break;
                }

                end--;
            }

            log.SetLength(end);
        }

        if (Promotions() is [.., var last] && Champion?.Version != last.Version)
        {
            WriteAtomically(Path.Combine(Root, ChampionFile), PointerOf(last));
        }
    }

    private static string PointerOf(PromotionRecord record) =>
        JsonSerializer.Serialize(new ChampionPointer(record.Version, record.At, record.By, record.Reason), Indented);

    private string ComparisonPath(string challenger, string champion) => Path.Combine(Root, ComparisonsFolder, $"{challenger}-vs-{champion}.json");

    private static PromotionComparison Evaluate(string championDir, RegistryEntry challenger, Func<IEnumerable<TableBatch>> history, VisitTypeHarmoniser harmoniser, Action<string>? progress)
    {
        // The newer model's validation period: each model trained only on rows before its own validation
        // period, so neither has seen the later of the two — a fair test for both, whichever is newer.
        var championMetrics = MetricsDocument.Load(Path.Combine(championDir, ModelArtifact.MetricsFile));
        var newer = challenger.Metrics.ValidFrom > championMetrics.ValidFrom ? challenger.Metrics : championMetrics;
        var (from, to) = (newer.ValidFrom, newer.ValidTo);
        progress?.Invoke($"promote: evaluating champion and challenger on {from:yyyy-MM-dd}..{to:yyyy-MM-dd}");
        using var champion = ModelArtifact.Load(championDir);
        using var candidate = ModelArtifact.Load(challenger.Directory);
        var a = Evaluator.Evaluate(champion, history(), harmoniser, from, to).Evaluation.Overall;
        var b = Evaluator.Evaluate(candidate, history(), harmoniser, from, to).Evaluation.Overall;
        return new PromotionComparison
        {
            From = from,
            To = to,
            Rows = a.Rows,
            ChampionAuc = a.Auc,
            ChallengerAuc = b.Auc,
            ChampionLogLoss = a.LogLoss,
            ChallengerLogLoss = b.LogLoss,
        };
    }

    /// <summary>Readers see the old or the new file, never half of one: write beside it, then rename over it.</summary>
    private static void WriteAtomically(string path, string text)
    {
        // A temporary of its own: comparisons are written without the lock, possibly twice at once.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    private string DirectoryOf(string version) => Path.Combine(Root, VersionsFolder, version);

    private MetricsDocument MetricsOf(string version) => MetricsDocument.Load(Path.Combine(DirectoryOf(version), ModelArtifact.MetricsFile));
}
