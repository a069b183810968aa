using System.Data.Common;
using Attendance.App.Audit;
using Attendance.App.Storage;
using Dapper;

namespace Attendance.App.Risk;

/// <summary>
/// Planners' marks on flagged bookings (<c>booking_marks</c>, keyed by appointment so they survive the
/// next night's rescoring). Setting a mark that is already set, or undoing one that is not, changes
/// nothing and is not an error; every change is audited with the booking's marks before and after, in
/// the same transaction.
/// </summary>
internal sealed class BookingMarkStore(Store store, AuditLog audit, TimeProvider time)
{
    /// <summary>Sets or removes one mark of a flagged booking (of any run).</summary>
    /// <param name="appointmentId">The booking's appointment id.</param>
    /// <param name="mark">One of <see cref="BookingMarks.All"/>.</param>
    /// <param name="on">Set the mark (true) or remove it (false).</param>
    /// <param name="actor">The planner's user name, for the mark and the audit log.</param>
    /// <param name="cancellationToken">Cancels the transaction.</param>
    public async Task<MarkOutcome> SetAsync(string appointmentId, string mark, bool on, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appointmentId);
        ArgumentException.ThrowIfNullOrEmpty(actor);
        if (!BookingMarks.IsKnown(mark))
        {
            throw new ArgumentOutOfRangeException(nameof(mark), mark, "not a booking mark");
        }
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var transaction = await store.BeginWriteAsync(connection, cancellationToken);
        var known = await connection.ExecuteScalarAsync<int?>(new CommandDefinition(
            "SELECT 1 FROM flagged_bookings WHERE appointment_id = @appointmentId LIMIT 1", new { appointmentId }, transaction, cancellationToken: cancellationToken));
        if (known is null)
        {
            return MarkOutcome.UnknownBooking;
        }
        var before = await MarksAsync(connection, transaction, appointmentId, cancellationToken);
        var now = time.GetUtcNow();
        var changed = on
            ? await connection.ExecuteAsync(new CommandDefinition(
                // A concurrent identical mark waits for the first to commit and then inserts nothing.
                "INSERT INTO booking_marks (appointment_id, mark, marked_by, marked_at) VALUES (@appointmentId, @mark, @actor, @now) " +
                "ON CONFLICT (appointment_id, mark) DO NOTHING",
                new { appointmentId, mark, actor, now = StoreTime.ToDb(store.Dialect, now) }, transaction, cancellationToken: cancellationToken))
            : await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM booking_marks WHERE appointment_id = @appointmentId AND mark = @mark",
                new { appointmentId, mark }, transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            return MarkOutcome.Unchanged;
        }
        var after = await MarksAsync(connection, transaction, appointmentId, cancellationToken);
        await audit.AppendAsync(connection, transaction, new AuditEntry(now, actor, on ? RiskAuditActions.Mark : RiskAuditActions.Unmark, appointmentId,
            AuditLog.ToJson(State(before)), AuditLog.ToJson(State(after))), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return MarkOutcome.Changed;
    }

    private async Task<List<BookingMark>> MarksAsync(DbConnection connection, DbTransaction transaction, string appointmentId, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<(string Mark, string By, object At)>(new CommandDefinition(
            $"SELECT mark, marked_by, marked_at FROM booking_marks WHERE appointment_id = @appointmentId{store.ForUpdate}",
            new { appointmentId }, transaction, cancellationToken: cancellationToken));
        return rows.Select(row => new BookingMark(row.Mark, row.By, StoreTime.FromDb(row.At)!.Value)).ToList();
    }

    /// <summary>The audited state: each mark with who set it and when, or null.</summary>
    private static Dictionary<string, object?> State(List<BookingMark> marks) => BookingMarks.All.ToDictionary(
        mark => mark,
        mark => marks.FirstOrDefault(m => m.Mark == mark) is { } set ? new { by = set.MarkedBy, at = set.MarkedAt } : (object?)null,
        StringComparer.Ordinal);
}
