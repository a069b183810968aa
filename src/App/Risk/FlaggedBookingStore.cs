using System.Globalization;
using Attendance.App.Storage;
using Dapper;

namespace Attendance.App.Risk;

/// <summary>
/// The night's flagged bookings in the store (<c>flagged_bookings</c>), written by the nightly scoring and
/// read by the risk list. A day's rows are replaced as a whole, so a rerun for the day is idempotent.
/// </summary>
internal sealed class FlaggedBookingStore(Store store)
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    /// <summary>
    /// Replaces the flagged bookings of scoring day <paramref name="date"/> with the flagged rows of
    /// <paramref name="scoresFile"/>, in one transaction: readers see the old rows or the new ones, and a
    /// rerun for the same day and file leaves the same rows. Marks (keyed by appointment) are untouched.
    /// </summary>
    /// <param name="date">The scored day (the run's date, <c>scoring_runs.run_date</c>).</param>
    /// <param name="scoresFile">A scores file as the scorer writes it (src/Scoring/README.md), all of the day's partitions.</param>
    /// <param name="language">The language of the file's reason texts, <c>"da"</c> or <c>"en"</c> (<c>ScoringSummary.Language</c>).</param>
    /// <param name="cancellationToken">Cancels the read and the transaction.</param>
    /// <returns>The number of flagged bookings stored.</returns>
    /// <exception cref="InvalidDataException">The file is not a readable scores file (nothing is replaced).</exception>
    public async Task<int> ReplaceDayAsync(DateOnly date, string scoresFile, string language, CancellationToken cancellationToken)
    {
        var rows = await Task.Run(() => FlaggedScoresFile.Read(scoresFile, date, language), cancellationToken);
        var day = Day(date);
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var transaction = await store.BeginWriteAsync(connection, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM flagged_bookings WHERE run_date = @day", new { day }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO flagged_bookings (run_date, appointment_id, patient_id, start_at, site, department, no_show_probability, risk_band, action, reasons_json, model_version) " +
            $"VALUES (@day, @id, @patient, @start, @site, @department, @probability, @band, @action, {store.JsonParameter("reasons")}, @version)",
            rows.Select(row => new
            {
                day,
                id = row.AppointmentId,
                patient = row.PatientId,
                start = StoreTime.ToDb(store.Dialect, row.StartAt),
                site = row.Site,
                department = row.Department,
                probability = row.NoShowProbability,
                band = row.RiskBand,
                action = row.Action,
                reasons = RiskReason.ToJson(row.Reasons),
                version = row.ModelVersion,
            }), transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return rows.Count;
    }

    /// <summary>The latest scoring runs (<c>scoring_runs</c>), newest first.</summary>
    public Task<IReadOnlyList<ScoringRunInfo>> RunsAsync(int count, CancellationToken cancellationToken) =>
        QueryRunsAsync("ORDER BY run_date DESC LIMIT @count", new { count }, cancellationToken);

    /// <summary>The scoring run of <paramref name="date"/> when there is one, else the latest; null when nothing was scored yet.</summary>
    public async Task<ScoringRunInfo?> FindRunAsync(DateOnly? date, CancellationToken cancellationToken)
    {
        var exact = date is { } day ? await QueryRunsAsync("WHERE run_date = @day", new { day = Day(day) }, cancellationToken) : [];
        if (exact.Count > 0)
        {
            return exact[0];
        }
        var latest = await RunsAsync(1, cancellationToken);
        return latest.Count > 0 ? latest[0] : null;
    }

    private async Task<IReadOnlyList<ScoringRunInfo>> QueryRunsAsync(string clause, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Date, string Model, object AsOf)>(new CommandDefinition(
            $"SELECT run_date, model_version, as_of FROM scoring_runs {clause}", parameters, cancellationToken: cancellationToken));
        return rows.Select(row => new ScoringRunInfo(
            DateOnly.ParseExact(row.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture), row.Model, StoreTime.FromDb(row.AsOf)!.Value)).ToList();
    }

    /// <summary>The days, sites and departments of a run's flagged bookings, for the filters.</summary>
    public async Task<RiskChoices> ChoicesAsync(DateOnly run, CancellationToken cancellationToken)
    {
        var day = Day(run);
        await using var connection = await store.OpenAsync(cancellationToken);
        var sites = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT site FROM flagged_bookings WHERE run_date = @day AND site IS NOT NULL ORDER BY site", new { day }, cancellationToken: cancellationToken));
        var departments = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT department FROM flagged_bookings WHERE run_date = @day AND department IS NOT NULL ORDER BY department", new { day }, cancellationToken: cancellationToken));
        var span = await connection.QuerySingleAsync<(object? First, object? Last)>(new CommandDefinition(
            "SELECT MIN(start_at), MAX(start_at) FROM flagged_bookings WHERE run_date = @day", new { day }, cancellationToken: cancellationToken));
        var days = new List<DateOnly>();
        if (StoreTime.FromDb(span.First) is { } first && StoreTime.FromDb(span.Last) is { } last)
        {
            for (var d = LocalDay(first); d <= LocalDay(last); d = d.AddDays(1))
            {
                days.Add(d);
            }
        }
        return new RiskChoices(days, [.. sites], [.. departments]);
    }

    /// <summary>
    /// The run's flagged bookings that pass <paramref name="filter"/> with their marks, soonest first
    /// (then riskiest, then by id); at most <paramref name="limit"/> when given.
    /// </summary>
    public async Task<IReadOnlyList<RiskRow>> ReadAsync(DateOnly run, RiskFilter filter, int? limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (where, parameters) = Where(run, filter);
        parameters.Add("limit", limit ?? int.MaxValue);
        await using var connection = await store.OpenAsync(cancellationToken);
        var bookings = (await connection.QueryAsync<StoredBooking>(new CommandDefinition(
            "SELECT f.run_date AS RunDate, f.appointment_id AS AppointmentId, f.patient_id AS PatientId, f.start_at AS StartAt, f.site AS Site, " +
            "f.department AS Department, f.no_show_probability AS Probability, f.risk_band AS RiskBand, f.action AS Action, " +
            "CAST(f.reasons_json AS text) AS ReasonsJson, f.model_version AS ModelVersion " +
            $"FROM flagged_bookings f WHERE {where} ORDER BY f.start_at, f.no_show_probability DESC, f.appointment_id LIMIT @limit",
            parameters, cancellationToken: cancellationToken))).ToList();
        var marks = (await connection.QueryAsync<StoredMark>(new CommandDefinition(
            "SELECT m.appointment_id AS AppointmentId, m.mark AS Mark, m.marked_by AS MarkedBy, m.marked_at AS MarkedAt FROM booking_marks m " +
            $"WHERE m.appointment_id IN (SELECT f.appointment_id FROM flagged_bookings f WHERE {where})",
            parameters, cancellationToken: cancellationToken)))
            .ToLookup(mark => mark.AppointmentId, mark => mark.ToMark(), StringComparer.Ordinal);
        return bookings.Select(booking => new RiskRow(booking.ToBooking(),
            [.. marks[booking.AppointmentId].OrderBy(mark => BookingMarks.Order(mark.Mark))])).ToList();
    }

    /// <summary>The local (Copenhagen) day of an instant: the day planners and the scorer's groups use.</summary>
    public static DateOnly LocalDay(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Copenhagen).DateTime);

    /// <summary>Only fixed SQL fragments are concatenated; every value is a parameter.</summary>
    private (string Where, DynamicParameters Parameters) Where(DateOnly run, RiskFilter filter)
    {
        var conditions = new List<string> { "f.run_date = @run" };
        var parameters = new DynamicParameters();
        parameters.Add("run", Day(run));
        if (filter.Day is { } day)
        {
            conditions.Add("f.start_at >= @from AND f.start_at < @to");
            parameters.Add("from", StoreTime.ToDb(store.Dialect, LocalMidnight(day)));
            parameters.Add("to", StoreTime.ToDb(store.Dialect, LocalMidnight(day.AddDays(1))));
        }
        if (filter.Site is not null)
        {
            conditions.Add("f.site = @site");
            parameters.Add("site", filter.Site);
        }
        if (filter.Department is not null)
        {
            conditions.Add("f.department = @department");
            parameters.Add("department", filter.Department);
        }
        if (filter.Action is not null)
        {
            conditions.Add("f.action = @action");
            parameters.Add("action", filter.Action);
        }
        if (filter.OpenOnly)
        {
            conditions.Add("NOT EXISTS (SELECT 1 FROM booking_marks o WHERE o.appointment_id = f.appointment_id)");
        }
        return (string.Join(" AND ", conditions), parameters);
    }

    private static DateTimeOffset LocalMidnight(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, Copenhagen.GetUtcOffset(midnight));
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed class StoredBooking
    {
        public string RunDate { get; set; } = "";
        public string AppointmentId { get; set; } = "";
        public string PatientId { get; set; } = "";
        public object? StartAt { get; set; }
        public string? Site { get; set; }
        public string? Department { get; set; }
        public double Probability { get; set; }
        public string RiskBand { get; set; } = "";
        public string? Action { get; set; }
        public string ReasonsJson { get; set; } = "[]";
        public string ModelVersion { get; set; } = "";

        public FlaggedBooking ToBooking() => new(
            DateOnly.ParseExact(RunDate, "yyyy-MM-dd", CultureInfo.InvariantCulture), AppointmentId, PatientId, StoreTime.FromDb(StartAt)!.Value,
            Site, Department, Probability, RiskBand, Action, RiskReason.ParseList(ReasonsJson), ModelVersion);
    }

    private sealed class StoredMark
    {
        public string AppointmentId { get; set; } = "";
        public string Mark { get; set; } = "";
        public string MarkedBy { get; set; } = "";
        public object? MarkedAt { get; set; }

        public BookingMark ToMark() => new(Mark, MarkedBy, StoreTime.FromDb(MarkedAt)!.Value);
    }
}
