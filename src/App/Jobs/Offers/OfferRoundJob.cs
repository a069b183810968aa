using System.Globalization;
using Attendance.App.Cli;
using Attendance.App.Files;
using Attendance.App.Storage;
using Attendance.Data.Contract;
using Attendance.Data.Rows;
using Attendance.Data.VisitTypes;
using Attendance.Scheduler.Inputs;
using Attendance.Scheduler.Offers;
using Attendance.Scheduler.Optimisation;
using Attendance.Scheduler.Solving;
using Dapper;
using Microsoft.Extensions.Options;

namespace Attendance.App.Jobs.Offers;

/// <summary>
/// An offer round: the optimiser over the free slots in <c>inbox/slots</c> and the waiting list in
/// <c>inbox/waitlist</c>, with the latest nightly scores, stores its suggestions in <c>offers</c> for
/// the calendar administrators. Slots and entries that already have a suggested or accepted offer
/// are left out (an expired or rejected offer frees its slot for this round), and so are entries
/// whose offer of one of the open slots expired or was rejected, so a freed slot goes to someone
/// else. Slots an administrator kept for phone booking (<c>offer_slot_holds</c>) take part as
/// <c>non_digital</c>, so no later round offers them digitally. Beside the offers, the round stores each
/// offered slot's next-ranked candidates in the same channel (<c>offer_alternatives</c>, for the page's
/// "next candidate") and what each department kept in reserve (<c>offer_round_reserves</c>).
/// The offer ids are deterministic (<c>slot/entry</c>), so a rerun adds nothing twice.
/// </summary>
internal sealed class OfferRoundJob(DataFolders folders, Store store, IMipSolver solver, IOptions<JobsOptions> options) : AttendanceJob(options)
{
    /// <summary>Alternatives stored per offered slot: enough for a few "next candidate" steps before the next round.</summary>
    public const int AlternativesPerSlot = 5;

    /// <summary>
    /// The offers a round must know (<c>@now</c>: the round's moment): every pending one (its slot and entry are
    /// busy; an accepted entry has moved) and every one of a slot still to come (a tried entry is not offered that
    /// slot's round again). Offers of past slots that were never accepted cannot matter (past slots are not offered),
    /// so the read does not grow with the history (benchmarks/RESULTS.md, "Offers store").
    /// </summary>
    internal const string OnOfferSql = "SELECT slot_id, entry_id, status FROM offers WHERE status IN ('suggested', 'accepted') OR slot_start >= @now";

    protected override async Task<JobOutcome> RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        var now = run.Now;
        var slotRows = Read(folders.InboxFor("slots"), "slots", Tables.Slots, SlotMapper.Instance, cancellationToken);
        var entryRows = Read(folders.InboxFor("waitlist"), "waitlist", Tables.Waitlist, WaitlistMapper.Instance, cancellationToken);
        var (busySlots, busyEntries, held) = await OnOfferAsync(slotRows.Rows.Select(slot => slot.SlotId).ToHashSet(StringComparer.Ordinal), now, cancellationToken);
        var slots = Open(slotRows, slot => !busySlots.Contains(slot.SlotId));
        var entries = Open(entryRows, entry => !busyEntries.Contains(entry.EntryId));
        for (var i = 0; i < slots.Rows.Count; i++)
        {
            if (held.Contains(slots.Rows[i].SlotId) && slots.Rows[i].Reserved != SlotReservation.Subacute)
            {
                slots.Rows[i] = slots.Rows[i] with { Reserved = SlotReservation.NonDigital };
            }
        }

        var scores = LatestScores(run.Date);
        var instance = JobInputErrors.Translate(() => OfferInstance.Create(
            new OfferRules(OfferPolicy.Default, VisitTypeHarmoniser.Load(), now, scores is null ? null : ScoresFile.Read(scores)),
            slots.Rows, entries.Rows, slots.Describe, entries.Describe));
        var optimizer = new OfferOptimizer(solver, new OfferOptimizerOptions
        {
            Solve = MipSolveOptions.Default with { TimeLimit = TimeSpan.FromSeconds(20) },
            AlternativesPerSlot = AlternativesPerSlot,
        });
        var result = await optimizer.OptimiseAsync(instance, null, cancellationToken);

        var round = string.Create(CultureInfo.InvariantCulture, $"{run.Date:yyyy-MM-dd}/{now:HHmmss}");
        var reserves = Reserves(result, slots.Rows.Where(slot => slot.StartAt >= now));
        var visitTypes = slots.Rows.ToDictionary(slot => slot.SlotId, slot => slot.VisitType, StringComparer.Ordinal);
        var added = await StoreAsync(round, now, result, reserves, visitTypes, cancellationToken);
        return new JobOutcome(added, string.Create(CultureInfo.InvariantCulture,
            $"{added} offers suggested for {slots.Rows.Count} open slots ({busySlots.Count} already on offer, {held.Count} kept for phone booking) in {result.Departments.Count} departments; scores: {(scores is null ? "none" : Path.GetRelativePath(folders.Outbox, scores))}"));
    }

    /// <summary>Per department, what the round kept from the digital channels: the optimiser's summary plus the reserved slots by kind.</summary>
    private static List<ReserveRow> Reserves(ScheduleResult result, IEnumerable<Slot> upcoming)
    {
        var reserved = upcoming.Where(slot => slot.Reserved is not null).GroupBy(slot => (slot.Department, slot.Reserved))
            .ToDictionary(group => group.Key, group => group.Count());
        return [.. result.Departments.Select(d => new ReserveRow(d.Department, d.FreeSlots,
            reserved.GetValueOrDefault((d.Department, SlotReservation.Subacute)), reserved.GetValueOrDefault((d.Department, SlotReservation.NonDigital)),
            d.KeptFromDigital, d.FastPass, d.Phone, d.Tickets))];
    }

    private static ScheduleInputs<T> Read<T>(string folder, string kind, TableSchema schema, IRowMapper<T> mapper, CancellationToken cancellationToken)
    {
        try
        {
            return ScheduleInputs<T>.Read([JobInputErrors.RequireExtract(folder, kind)], schema, mapper, cancellationToken);
        }
        catch (UserFacingException e)
        {
            throw new JobInputException(e.Message, e);
        }
    }

    /// <summary>The rows <paramref name="keep"/> accepts, still described by their file and row.</summary>
    private static (List<T> Rows, Func<int, string> Describe) Open<T>(ScheduleInputs<T> inputs, Func<T, bool> keep)
    {
        var origins = Enumerable.Range(0, inputs.Rows.Count).Where(i => keep(inputs.Rows[i])).ToList();
        return (origins.Select(i => inputs.Rows[i]).ToList(), i => inputs.Describe(origins[i]));
    }

    /// <summary>The newest scores file for the round's day or before it, if any.</summary>
    private string? LatestScores(DateOnly date)
    {
        var folder = Path.Combine(folders.Outbox, "scores");
        if (!Directory.Exists(folder))
        {
            return null;
        }
        var limit = folders.OutboxFor("scores", date);
        return Directory.GetDirectories(folder, "date=*")
            .Where(day => string.CompareOrdinal(day, limit) <= 0)
            .Select(day => Path.Combine(day, "scores.parquet"))
            .Where(File.Exists)
            .OrderDescending(StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>
    /// The slots on offer, the entries not to offer now (on offer, or already tried for one of <paramref name="openSlots"/>),
    /// and the slots kept for phone booking.
    /// </summary>
    private async Task<(HashSet<string> Slots, HashSet<string> Entries, HashSet<string> Held)> OnOfferAsync(HashSet<string> openSlots, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<(string Slot, string? Entry, string Status)>(new CommandDefinition(
            OnOfferSql, new { now = StoreTime.ToDb(store.Dialect, now) }, cancellationToken: cancellationToken))).ToList();
        var held = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT slot_id FROM offer_slot_holds", cancellationToken: cancellationToken))).ToHashSet(StringComparer.Ordinal);
        var pending = rows.Where(row => row.Status is "suggested" or "accepted").ToList();
        var tried = rows.Where(row => row.Status is "expired" or "rejected" && openSlots.Contains(row.Slot));
        return (pending.Select(row => row.Slot).ToHashSet(StringComparer.Ordinal),
            pending.Concat(tried).Where(row => row.Entry is not null).Select(row => row.Entry!).ToHashSet(StringComparer.Ordinal),
            held);
    }

    private async Task<int> StoreAsync(string round, DateTimeOffset now, ScheduleResult result, List<ReserveRow> reserves,
        Dictionary<string, string?> visitTypes, CancellationToken cancellationToken)
    {
        var dialect = store.Dialect;
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var transaction = await store.BeginWriteAsync(connection, cancellationToken);
        var added = await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO offers (offer_id, round_id, slot_id, slot_start, department, entry_id, patient_id, channel, value, expected_attendance, " +
            "days_gained, meets_deadline, rank, reason, frees_booking_id, visit_type, suggested_at) VALUES (@OfferId, @Round, @SlotId, @SlotStart, @Department, " +
            "@EntryId, @PatientId, @Channel, @Value, @ExpectedAttendance, @DaysGained, @MeetsDeadline, @Rank, @Reason, @FreesBookingId, @VisitType, @Now) " +
            "ON CONFLICT (offer_id) DO NOTHING",
            result.Offers.Select(offer => Row(dialect, round, now, offer, visitTypes)), transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO offer_alternatives (round_id, slot_id, rank, slot_start, department, entry_id, patient_id, channel, value, expected_attendance, " +
            "days_gained, meets_deadline, reason, frees_booking_id, visit_type) VALUES (@Round, @SlotId, @Rank, @SlotStart, @Department, @EntryId, @PatientId, " +
            "@Channel, @Value, @ExpectedAttendance, @DaysGained, @MeetsDeadline, @Reason, @FreesBookingId, @VisitType) ON CONFLICT (slot_id, round_id, rank) DO NOTHING",
            result.Alternatives.Select(offer => Row(dialect, round, now, offer, visitTypes)), transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO offer_round_reserves (round_id, department, ran_at, free_slots, subacute, non_digital, kept_from_digital, fast_pass, phone, tickets, reserve_share) " +
            "VALUES (@round, @Department, @now, @FreeSlots, @Subacute, @NonDigital, @KeptFromDigital, @FastPass, @Phone, @Tickets, @share) " +
            "ON CONFLICT (round_id, department) DO NOTHING",
            reserves.Select(r => new
            {
                round, r.Department, now = StoreTime.ToDb(dialect, now), r.FreeSlots, r.Subacute, r.NonDigital, r.KeptFromDigital, r.FastPass, r.Phone, r.Tickets,
                share = OfferPolicy.Default.ReserveShare,
            }), transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    private static object Row(StoreDialect dialect, string round, DateTimeOffset now, Offer offer, Dictionary<string, string?> visitTypes) => new
    {
        offer.OfferId,
        Round = round,
        offer.SlotId,
        SlotStart = StoreTime.ToDb(dialect, offer.SlotStartAt),
        offer.Department,
        offer.EntryId,
        offer.PatientId,
        Channel = OfferChannels.WireName(offer.Channel),
        offer.Value,
        offer.ExpectedAttendance,
        offer.DaysGained,
        MeetsDeadline = offer.MeetsDeadline is { } meets && dialect == StoreDialect.Sqlite ? (object)(meets ? 1 : 0) : offer.MeetsDeadline,
        offer.Rank,
        offer.Reason,
        offer.FreesBookingId,
        VisitType = visitTypes.GetValueOrDefault(offer.SlotId),
        Now = StoreTime.ToDb(dialect, now),
    };

    /// <summary>One department's reserve in a round (a row of <c>offer_round_reserves</c>).</summary>
    private sealed record ReserveRow(string Department, int FreeSlots, int Subacute, int NonDigital, int KeptFromDigital, int FastPass, int Phone, int Tickets);
}
