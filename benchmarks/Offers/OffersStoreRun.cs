using System.Diagnostics;
using System.Globalization;
using Attendance.App.Audit;
using Attendance.App.Files;
using Attendance.App.Hosting;
using Attendance.App.Jobs.Offers;
using Attendance.App.Offers;
using Attendance.App.Storage;
using Attendance.Benchmarks.Parquet;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Attendance.Benchmarks.Offers;

/// <summary>
/// The offers page's queries and decisions on a store holding many offers (issue 7: "the offers table
/// holds 100k rows and the review queries stay fast"). Usage:
/// <c>offers-store [--rows 100000] [--store sqlite | postgres | postgres:CONNECTION]</c>; <c>postgres</c> starts a
/// throw-away server with scripts/test-postgres.sh, a connection string names an empty database.
/// </summary>
internal static class OffersStoreRun
{
    private const int Departments = 20;
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    public static int Run(string[] args)
    {
        var rows = int.Parse(Option(args, "--rows") ?? "100000", CultureInfo.InvariantCulture);
        var storeOption = Option(args, "--store") ?? "sqlite";
        var work = Path.Combine(Path.GetTempPath(), $"attendance-offers-store-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        var postgresDir = storeOption == "postgres" ? Path.Combine(work, "pg") : null;
        try
        {
            var location = storeOption switch
            {
                "sqlite" => StoreLocation.ForSqliteFile(Path.Combine(work, "store.db")),
                "postgres" => new StoreLocation(StoreDialect.Postgres, Script("start", postgresDir!)),
                _ => StoreLocation.Parse(storeOption),
            };
            return MeasureAsync(new Store(location), rows, work).GetAwaiter().GetResult();
        }
        finally
        {
            if (postgresDir is not null)
            {
                Script("stop", postgresDir);
            }
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<int> MeasureAsync(Store store, int rows, string work)
    {
        var time = new FixedClock(Now);
        await new StoreMigrator(store, time).MigrateAsync(CancellationToken.None);
        var seeding = Stopwatch.StartNew();
        var suggested = await SeedAsync(store, rows);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{store.Dialect}: {rows:N0} offers ({suggested:N0} suggested) seeded in {seeding.Elapsed.TotalSeconds:0.0} s; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));

        var offers = new OfferStore(store);
        var folders = new DataFolders(Options.Create(new DataOptions { Directory = work }));
        using var outbox = new AcceptedOffersOutbox(store, folders, NullLogger<AcceptedOffersOutbox>.Instance);
        var decisions = new OfferDecisions(store, new AuditLog(store), time, outbox);
        var today = OfferDays.Of(Now);
        var week = new OfferFilter(null, today, today.AddDays(OfferFilter.DefaultDays - 1));
        var departmentDay = new OfferFilter("D07", today.AddDays(2), today.AddDays(2));

        await TimeAsync("page: suggested, all departments, coming week (500 of them)", () => offers.SuggestedAsync(week, OffersPage.Limit, CancellationToken.None));
        await TimeAsync("page: suggested, one department, one day", () => offers.SuggestedAsync(departmentDay, OffersPage.Limit, CancellationToken.None));
        await TimeAsync("page: departments with suggested offers", () => offers.DepartmentsAsync(CancellationToken.None));
        await TimeAsync("page: today's reserves", () => offers.ReservesAsync(today, CancellationToken.None));
        await TimeAsync("offer round: offers on offer or tried (before: every offer)", async () =>
        {
            await using var connection = await store.OpenAsync(CancellationToken.None);
            return (await connection.QueryAsync<(string, string?, string)>("SELECT slot_id, entry_id, status FROM offers")).AsList().Count;
        });
        await TimeAsync("offer round: offers on offer or tried (pending, or of slots to come)", async () =>
        {
            await using var connection = await store.OpenAsync(CancellationToken.None);
            return (await connection.QueryAsync<(string, string?, string)>(OfferRoundJob.OnOfferSql, new { now = StoreTime.ToDb(store.Dialect, Now) })).AsList().Count;
        });

        var (pending, _) = await offers.SuggestedAsync(new OfferFilter(null, today, today.AddDays(30)), 200, CancellationToken.None);
        var accepts = new List<double>(pending.Count);
        foreach (var offer in pending)
        {
            var clock = Stopwatch.StartNew();
            var outcome = await decisions.AcceptAsync(offer.OfferId, offer.Version, "bench", CancellationToken.None);
            accepts.Add(clock.Elapsed.TotalMilliseconds);
            if (outcome.Result is not (DecisionResult.Done or DecisionResult.SlotTaken))
            {
                throw new InvalidOperationException($"accept of {offer.OfferId}: {outcome.Result}");
            }
        }
        Report($"decision: accept + audit + rewrite of the day's outbox file ({accepts.Count} in a row)", accepts);
        await TimeAsync("outbox: rewrite today's accepted offers", () => outbox.WriteDayAsync(today, CancellationToken.None));

        await PlanAsync(store, "SELECT offer_id FROM offers WHERE status = 'suggested' AND slot_start >= @from AND slot_start < @to ORDER BY department, slot_start, slot_id, offer_id LIMIT 501", week);
        await PlanAsync(store, "SELECT offer_id FROM offers WHERE status = 'suggested' AND slot_start >= @from AND slot_start < @to AND department = @department ORDER BY department, slot_start, slot_id, offer_id LIMIT 501", departmentDay);
        return 0;
    }

    /// <summary>
    /// Offers over 60 past and 30 coming days in 20 departments; past ones decided (mostly expired), half the coming ones
    /// suggested; and the reserves of a round every 15 minutes of those days.
    /// </summary>
    private static async Task<int> SeedAsync(Store store, int rows)
    {
        var random = new Random(7);
        var dialect = store.Dialect;
        var suggested = 0;
        var batch = Enumerable.Range(0, rows).Select(i =>
        {
            var start = Now.AddDays(-60 + (90.0 * i / rows)).AddMinutes(random.Next(0, 480));
            var status = start > Now && random.NextDouble() < 0.5 ? "suggested" : (random.Next(10)) switch { < 6 => "expired", < 8 => "rejected", _ => "accepted" };
            suggested += status == "suggested" ? 1 : 0;
            var slot = $"slot-{i:D7}";
            return new
            {
                id = $"{slot}/entry-{i:D7}",
                round = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                slot,
                start = StoreTime.ToDb(dialect, start),
                department = $"D{random.Next(Departments):D2}",
                entry = $"entry-{i:D7}",
                patient = $"patient-{random.Next(50_000):D6}",
                value = random.NextDouble() * 90,
                status,
                decidedBy = status == "suggested" ? null : "someone",
                decidedAt = status == "suggested" ? null : StoreTime.ToDb(dialect, start.AddDays(-1)),
                suggestedAt = StoreTime.ToDb(dialect, status == "suggested" ? Now.AddHours(-1) : start.AddDays(-2)),
            };
        }).ToList();

        await using var connection = await store.OpenAsync(CancellationToken.None);
        await using var transaction = await store.BeginWriteAsync(connection, CancellationToken.None);
        await connection.ExecuteAsync(
            "INSERT INTO offers (offer_id, round_id, slot_id, slot_start, department, entry_id, patient_id, channel, value, expected_attendance, days_gained, " +
            "meets_deadline, rank, reason, suggested_at, status, decided_by, decided_at) VALUES (@id, @round, @slot, @start, @department, @entry, @patient, " +
            "'fast_pass', @value, 0.9, 12, NULL, 1, 'unchanged; 12 days earlier than now booked; expected attendance 0.90; best of 20 candidates considered for this slot', " +
            "@suggestedAt, @status, @decidedBy, @decidedAt)", batch, transaction);
        // A round every 15 minutes of clinic hours (36 a day) for the 60 past days and today, each with every department's reserve.
        var rounds = Enumerable.Range(0, 61 * 36).Select(r => Now.Date.AddDays(-60 + (r / 36)).AddHours(6).AddMinutes(15 * (r % 36)));
        await connection.ExecuteAsync(
            "INSERT INTO offer_round_reserves (round_id, department, ran_at, free_slots, subacute, non_digital, kept_from_digital, fast_pass, phone, tickets, reserve_share) " +
            "VALUES (@round, @department, @at, 40, 2, 3, 9, 30, 1, 0, 0.2)",
            rounds.SelectMany(at => Enumerable.Range(0, Departments).Select(d => new
            {
                round = at.ToString("yyyy-MM-dd/HHmmss", CultureInfo.InvariantCulture),
                department = $"D{d:D2}",
                at = StoreTime.ToDb(dialect, new DateTimeOffset(at, TimeSpan.Zero)),
            })), transaction);
        await transaction.CommitAsync();
        // Statistics as autovacuum (PostgreSQL) would have them by the time the page is used; SQLite plans without.
        if (dialect == StoreDialect.Postgres)
        {
            await connection.ExecuteAsync("ANALYZE offers; ANALYZE offer_round_reserves");
        }
        return suggested;
    }

    private static async Task TimeAsync<T>(string what, Func<Task<T>> query)
    {
        for (var i = 0; i < 3; i++)
        {
            await query();
        }
        var times = new List<double>(30);
        for (var i = 0; i < 30; i++)
        {
            var clock = Stopwatch.StartNew();
            await query();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        Report(what, times);
    }

    private static void Report(string what, List<double> milliseconds)
    {
        milliseconds.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {what}: median {milliseconds[milliseconds.Count / 2]:0.00} ms, p95 {milliseconds[(int)(milliseconds.Count * 0.95)]:0.00} ms"));
    }

    private static async Task PlanAsync(Store store, string sql, OfferFilter filter)
    {
        await using var connection = await store.OpenAsync(CancellationToken.None);
        var explain = store.Dialect == StoreDialect.Sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ";
        var parameters = new
        {
            department = filter.Department,
            from = StoreTime.ToDb(store.Dialect, OfferDays.Start(filter.From)),
            to = StoreTime.ToDb(store.Dialect, OfferDays.Start(filter.To.AddDays(1))),
        };
        var plan = store.Dialect == StoreDialect.Sqlite
            ? (await connection.QueryAsync<(long, long, long, string)>(explain + sql, parameters)).Select(row => row.Item4)
            : await connection.QueryAsync<string>(explain + sql, parameters);
        Console.WriteLine($"  plan ({(filter.Department is null ? "all departments" : "one department")}): {string.Join(" | ", plan.Select(line => line.Trim()))}");
    }

    private static string Script(string command, string folder)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(NodePeer.RepositoryRoot, "scripts", "test-postgres.sh"));
        start.ArgumentList.Add(command);
        start.ArgumentList.Add(folder);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"scripts/test-postgres.sh {command} failed");
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
