using System.Globalization;
using System.Text.Json;
using Attendance.Data.Batches;
using Attendance.Data.VisitTypes;
using Attendance.Model.Artifacts;

namespace Attendance.Training.Registry;

/// <summary>
/// A folder of versioned model artifacts (<c>versions/v0001/</c> ...), a champion pointer
/// (<c>champion.json</c>, replaced atomically) and an append-only log of promotions
/// (<c>promotions.jsonl</c>). Scoring reads the champion; analysts add and promote challengers.
/// </summary>
public sealed class ModelRegistry
{
    private const string VersionsFolder = "versions";
    private const string ChampionFile = "champion.json";
    private const string PromotionsFile = "promotions.jsonl";

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
        return [.. Directory.GetDirectories(versions).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)
            .Select(v => new RegistryEntry(v, DirectoryOf(v), MetricsOf(v), v == champion))];
    }

    /// <summary>One version.</summary>
    /// <exception cref="RegistryException">Unknown version.</exception>
    public RegistryEntry Show(string version) =>
        List().FirstOrDefault(e => e.Version == version) ?? throw new RegistryException($"{Root}: no version {version} (see models list)");

    /// <summary>The promotions so far, oldest first.</summary>
    public IReadOnlyList<PromotionRecord> Promotions()
    {
        var path = Path.Combine(Root, PromotionsFile);
        return File.Exists(path)
            ? [.. File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<PromotionRecord>(l)!)]
            : [];
    }

    /// <summary>Copies an artifact folder in as the next version.</summary>
    /// <exception cref="ModelArtifactException">The folder is not a complete artifact.</exception>
    public string Add(string artifactDirectory)
    {
        using (ModelArtifact.Load(artifactDirectory, threads: 1))
        {
            // Loading proves the artifact is complete and consistent before it enters the registry.
        }

        var next = List().Select(e => int.TryParse(e.Version.AsSpan(1), CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;
        var version = "v" + next.ToString("D4", CultureInfo.InvariantCulture);
        var staging = Path.Combine(Root, VersionsFolder, "." + version + ".tmp");
        Directory.CreateDirectory(staging);
        foreach (var file in Directory.GetFiles(artifactDirectory))
        {
            File.Copy(file, Path.Combine(staging, Path.GetFileName(file)), overwrite: true);
        }

        Directory.Move(staging, DirectoryOf(version));
        return version;
    }

    /// <summary>
    /// Makes <paramref name="version"/> the champion. With a champion in place, both are evaluated on the
    /// champion's own validation period of <paramref name="history"/>; a worse challenger is refused unless
    /// <paramref name="force"/>. Every promotion is logged with who, why and the comparison.
    /// </summary>
    /// <param name="version">The challenger, a version of this registry.</param>
    /// <param name="history">Opens the history anew for each model evaluated.</param>
    /// <param name="harmoniser">The visit-type table.</param>
    /// <param name="reason">Why, in the promoter's words (logged).</param>
    /// <param name="force">Promote even a worse challenger (logged as forced).</param>
    /// <param name="user">Who promotes (the OS user at the CLI).</param>
    /// <param name="progress">Receives progress lines.</param>
    /// <exception cref="RegistryException">Unknown version, or the challenger is worse and not forced.</exception>
    public PromotionRecord Promote(string version, Func<IEnumerable<TableBatch>> history, VisitTypeHarmoniser harmoniser, string reason, bool force, string user, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        var challenger = Show(version);
        var previous = Champion;
        if (previous?.Version == version)
        {
            throw new RegistryException($"{version} is already the champion");
        }

        var comparison = previous is null ? null : Compare(DirectoryOf(previous.Version), challenger, history, harmoniser, progress);
        if (comparison is { ChallengerIsWorse: true } && !force)
        {
            throw new RegistryException($"{version} is worse than the champion {previous!.Version} {comparison}; use --force to promote it anyway");
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
        Directory.CreateDirectory(Root);
        File.AppendAllText(Path.Combine(Root, PromotionsFile), JsonSerializer.Serialize(record) + "\n");
        WriteAtomically(Path.Combine(Root, ChampionFile), JsonSerializer.Serialize(new ChampionPointer(version, record.At, user, reason), Indented));
        return record;
    }

    private static PromotionComparison Compare(string championDir, RegistryEntry challenger, Func<IEnumerable<TableBatch>> history, VisitTypeHarmoniser harmoniser, Action<string>? progress)
    {
        var championMetrics = MetricsDocument.Load(Path.Combine(championDir, ModelArtifact.MetricsFile));
        var (from, to) = (championMetrics.ValidFrom, championMetrics.ValidTo);
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
            ChallengerSawPeriod = challenger.Metrics.ValidFrom > from,
        };
    }

    /// <summary>Readers see the old or the new file, never half of one: write beside it, then rename over it.</summary>
    private static void WriteAtomically(string path, string text)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    private string DirectoryOf(string version) => Path.Combine(Root, VersionsFolder, version);

    private MetricsDocument MetricsOf(string version) => MetricsDocument.Load(Path.Combine(DirectoryOf(version), ModelArtifact.MetricsFile));
}
