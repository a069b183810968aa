using Attendance.Data.Contract;
using Attendance.Data.Io;
using Attendance.Parquet;
using Attendance.Scoring;

namespace Attendance.App.Jobs.Scoring;

/// <summary>
/// Combines a run's staged partition scores into the day's scores file and summary, exactly as one run over
/// all bookings writes them: rows in the order of the bookings extract (read again, three columns, to learn
/// that order), the same columns and metadata, hence the same bytes; the summary's per-row figures summed,
/// its whole-extract figures (read, past, history, feature statistics: the same in every partition) taken
/// once, mean and deciles recomputed from the merged probabilities. Both files appear atomically.
/// </summary>
internal static class ScoresMerge
{
    private const int BatchRows = 65_536;

    private static readonly TableReadOptions OrderRead = new() { Columns = [Columns.AppointmentId, Columns.StartAt, Columns.Department] };

    /// <param name="bookings">The bookings extract the partitions scored.</param>
    /// <param name="parts">Per partition (all of the run): its departments and its staged scores file.</param>
    /// <param name="asOf">The run's as-of time.</param>
    /// <param name="output">The day's scores file.</param>
    /// <param name="afterFirstBatch">Called once the first rows went to the (temporary) output; the test seam's pause.</param>
    /// <param name="cancellationToken">Stops between batches; nothing is left under the output name.</param>
    public static ScoringSummary Merge(string bookings, IReadOnlyList<(IReadOnlyList<string?> Departments, string File)> parts, DateTimeOffset asOf,
        string output, Action? afterFirstBatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var summaries = parts.Select(part => ScoringSummary.Load(ScoringSummary.PathBeside(part.File))).ToList();
        var partitionOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < parts.Count; p++)
        {
            foreach (var department in parts[p].Departments)
            {
                partitionOf[department ?? ScoringPartitionPlan.NullDepartment] = p;
            }
        }
        var cursors = new List<ScoresCursor>(parts.Count);
        try
        {
            cursors.AddRange(parts.Select(part => new ScoresCursor(part.File)));
            var probabilities = new List<double>();
            using (var writer = new ParquetFileWriter(output, cursors[0].Columns, new ParquetWriterOptions { KeyValueMetadata = cursors[0].Metadata }))
            {
                var batch = writer.CreateBatch(BatchRows);
                var asOfMicros = UtcMicros.FromInstant(asOf);
                foreach (var source in DataFiles.OpenBookings(bookings, OrderRead).ReadBatches(cancellationToken))
                {
                    var ids = source.Get<string?>(Columns.AppointmentId).Values;
                    var starts = source.Get<long>(Columns.StartAt).Values;
                    var departments = source.Find<string?>(Columns.Department);
                    for (var row = 0; row < source.Count; row++)
                    {
                        if (starts[row] < asOfMicros)
                        {
                            continue;
                        }
                        var key = departments?.Values[row] ?? ScoringPartitionPlan.NullDepartment;
                        var cursor = partitionOf.TryGetValue(key, out var p) && cursors[p].HasNext && cursors[p].NextId == ids[row] ? cursors[p]
                            : throw Changed(bookings, ids[row]);
                        probabilities.Add(cursor.CopyNext(batch, batch.Count));
                        batch.Count++;
                        if (batch.Count == BatchRows)
                        {
                            Flush(writer, batch, ref afterFirstBatch, cancellationToken);
                        }
                    }
                }
                Flush(writer, batch, ref afterFirstBatch, cancellationToken);
                if (cursors.FirstOrDefault(cursor => cursor.HasNext) is { } left)
                {
                    throw Changed(bookings, left.NextId);
                }
                writer.Complete();
            }
            var summary = Combine(summaries, probabilities);
            summary.Save(ScoringSummary.PathBeside(output));
            return summary;
        }
        finally
        {
            cursors.ForEach(cursor => cursor.Dispose());
        }
    }

    private static void Flush(ParquetFileWriter writer, ParquetBatch batch, ref Action? afterFirstBatch, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        writer.Write(batch);
        batch.Clear();
        afterFirstBatch?.Invoke();
        afterFirstBatch = null;
    }

    private static JobInputException Changed(string bookings, string? id) =>
        new($"{bookings}: the bookings extract changed while the day was being scored (appointment {id} is not where the partitions found it); run the Scoring job again");

    /// <summary>The summary one run over all bookings writes (see the type's remarks).</summary>
    private static ScoringSummary Combine(List<ScoringSummary> parts, List<double> probabilities)
    {
        var sorted = probabilities.ToArray();
        Array.Sort(sorted);
        var sum = 0.0;
        foreach (var p in probabilities)
        {
            sum += p;
        }
        return parts[0] with
        {
            Rows = parts.Sum(part => part.Rows),
            WithoutHistory = parts.Sum(part => part.WithoutHistory),
            Flagged = parts.Sum(part => part.Flagged),
            FlaggedPerDepartment = Add(parts.Select(part => part.FlaggedPerDepartment), sortedKeys: true),
            Actions = Add(parts.Select(part => part.Actions), sortedKeys: false),
            RiskBands = Add(parts.Select(part => part.RiskBands), sortedKeys: false),
            MeanProbability = sorted.Length == 0 ? 0 : sum / sorted.Length,
            Deciles = sorted.Length == 0 ? [] : [.. Enumerable.Range(1, 9).Select(d => sorted[Math.Clamp((int)Math.Ceiling(d / 10.0 * sorted.Length) - 1, 0, sorted.Length - 1)])],
            Sessions = parts.Sum(part => part.Sessions),
            SessionsOverDoubleBookThreshold = parts.Sum(part => part.SessionsOverDoubleBookThreshold),
        };
    }

    /// <summary>Per-key sums, keys in the first part's order (each part lists the same keys) or ordinal order.</summary>
    private static IReadOnlyDictionary<string, long> Add(IEnumerable<IReadOnlyDictionary<string, long>> parts, bool sortedKeys)
    {
        IDictionary<string, long> total = sortedKeys ? new SortedDictionary<string, long>(StringComparer.Ordinal) : new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (key, value) in parts.SelectMany(part => part))
        {
            total[key] = total.TryGetValue(key, out var sum) ? sum + value : value;
        }
        return (IReadOnlyDictionary<string, long>)total;
    }
}
