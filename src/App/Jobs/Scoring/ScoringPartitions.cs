using System.Globalization;
using System.Text.Json;
using Attendance.App.Storage;
using Dapper;

namespace Attendance.App.Jobs.Scoring;

/// <summary>
/// The <c>scoring_partitions</c> table: which partitions a day's scoring run has and how far each is.
/// Every change is one transaction; completing a partition locks the day's rows while it counts the
/// pending ones, so on a cluster exactly one completion sees "none left" first.
/// </summary>
internal sealed class ScoringPartitions(Store store, TimeProvider time)
{
    /// <summary>Replaces the day's partitions with those of a new run.</summary>
    public async Task StartRunAsync(DateOnly date, string runId, string modelDirectory,
        IReadOnlyList<(IReadOnlyList<string?> Departments, long Bookings)> plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var transaction = await store.BeginWriteAsync(connection, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM scoring_partitions WHERE run_date = @date",
            new { date = Day(date) }, transaction, cancellationToken: cancellationToken));
        var now = StoreTime.ToDb(store.Dialect, time.GetUtcNow());
        for (var number = 0; number < plan.Count; number++)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO scoring_partitions (run_date, partition_no, run_id, model_dir, departments_json, bookings, state, created_at) " +
                "VALUES (@date, @number, @runId, @model, @departments, @bookings, @state, @now)",
                new
                {
                    date = Day(date), number, runId, model = modelDirectory, departments = JsonSerializer.Serialize(plan[number].Departments),
                    bookings = plan[number].Bookings, state = ScoringPartition.Pending, now,
                }, transaction, cancellationToken: cancellationToken));
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The run's partitions by number; empty when the day's current run is another one.</summary>
    public async Task<IReadOnlyList<ScoringPartition>> ReadRunAsync(DateOnly date, string runId, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(int Number, string RunId, string Model, string Departments, long Bookings, string State)>(new CommandDefinition(
            "SELECT partition_no, run_id, model_dir, departments_json, bookings, state FROM scoring_partitions WHERE run_date = @date AND run_id = @runId ORDER BY partition_no",
            new { date = Day(date), runId }, cancellationToken: cancellationToken));
        return [.. rows.Select(row => new ScoringPartition(row.Number, row.RunId, row.Model,
            JsonSerializer.Deserialize<List<string?>>(row.Departments) ?? [], row.Bookings, row.State))];
    }

    /// <summary>Counts an attempt at a pending partition of the current run; the partition, or null when its run was superseded.</summary>
    public async Task<ScoringPartition?> BeginAsync(DateOnly date, int number, string runId, string node, CancellationToken cancellationToken)
    {
        await using (var connection = await store.OpenAsync(cancellationToken))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE scoring_partitions SET attempts = attempts + 1, node = @node WHERE run_date = @date AND partition_no = @number AND run_id = @runId AND state = @pending",
                new { date = Day(date), number, runId, node, pending = ScoringPartition.Pending }, cancellationToken: cancellationToken));
        }
        return (await ReadRunAsync(date, runId, cancellationToken)).FirstOrDefault(partition => partition.Number == number);
    }

    /// <summary>
    /// Marks a pending partition done; true when then no partition of the run is pending and none merged,
    /// i.e. the summarising step is due (also for a recovered rerun of a partition that was done already,
    /// whose summarising step may not have been triggered before its node died).
    /// </summary>
    public async Task<bool> CompleteAsync(DateOnly date, int number, string runId, long rows, string node, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var transaction = await store.BeginWriteAsync(connection, cancellationToken);
        var args = new
        {
            date = Day(date), number, runId, rows, node, pending = ScoringPartition.Pending, done = ScoringPartition.Done,
            now = StoreTime.ToDb(store.Dialect, time.GetUtcNow()),
        };
        // Locks the run's rows: completions of the same run queue here, so the count below sees the others' marks.
        var states = (await connection.QueryAsync<string>(new CommandDefinition(
            $"SELECT state FROM scoring_partitions WHERE run_date = @date AND run_id = @runId{store.ForUpdate}", args, transaction, cancellationToken: cancellationToken))).ToList();
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE scoring_partitions SET state = @done, completions = completions + 1, rows_scored = @rows, node = @node, finished_at = @now " +
            "WHERE run_date = @date AND partition_no = @number AND run_id = @runId AND state = @pending", args, transaction, cancellationToken: cancellationToken));
        var left = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM scoring_partitions WHERE run_date = @date AND run_id = @runId AND state <> @done", args, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return states.Count > 0 && left == 0;
    }

    /// <summary>Marks the run's partitions merged (the day's outputs now hold them).</summary>
    public async Task MarkMergedAsync(DateOnly date, string runId, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE scoring_partitions SET state = @merged WHERE run_date = @date AND run_id = @runId",
            new { date = Day(date), runId, merged = ScoringPartition.Merged }, cancellationToken: cancellationToken));
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
