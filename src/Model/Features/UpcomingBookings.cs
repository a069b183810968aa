using Attendance.Data.Batches;
using Attendance.Data.Contract;

namespace Attendance.Model.Features;

/// <summary>
/// Every patient's bookings by start time, to count "other bookings held at the cut-off that start within
/// the window after it". Training fills it from the history rows, scoring from the bookings; the count is
/// the same query in both. Add everything, <see cref="Freeze"/>, then query.
/// </summary>
public sealed class UpcomingBookings
{
    private readonly long windowMicros;
    private readonly List<(int Patient, long Booked, long Start, long Key)> pending = [];
    private int[] offsets = [0];
    private long[] booked = [];
    private long[] starts = [];
    private long[] keys = [];

    /// <param name="spec">The feature specification (window length).</param>
    public UpcomingBookings(FeatureSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        windowMicros = spec.UpcomingWindowDays * UtcMicros.PerDay;
    }

    /// <summary>True once <see cref="Freeze"/> has run.</summary>
    public bool IsFrozen { get; private set; }

    /// <summary>Adds one booking.</summary>
    /// <param name="patient">Patient id from the shared <see cref="PatientIndex"/>.</param>
    /// <param name="bookedMicros">booked_at, UTC micros.</param>
    /// <param name="startMicros">start_at, UTC micros.</param>
    /// <param name="key">Identifies the booking so that a query can leave out the appointment it is for.</param>
    public void Add(int patient, long bookedMicros, long startMicros, long key)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(patient);
        if (IsFrozen)
        {
            throw new InvalidOperationException("Bookings cannot be added after Freeze.");
        }

        pending.Add((patient, bookedMicros, startMicros, key));
    }

    /// <summary>Adds every row of a bookings or history batch; row i gets key <paramref name="firstKey"/> + i.</summary>
    public void Add(TableBatch batch, PatientIndex patients, long firstKey)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(patients);
        var patientIds = batch.Get<string?>(Columns.PatientId).Values;
        var bookedAt = batch.Get<long>(Columns.BookedAt).Values;
        var startAt = batch.Get<long>(Columns.StartAt).Values;
        for (var row = 0; row < batch.Count; row++)
        {
            Add(patients.GetOrAdd(patientIds[row]!), bookedAt[row], startAt[row], firstKey + row);
        }
    }

    /// <summary>Sorts the bookings per patient by start; queries need it.</summary>
    public void Freeze()
    {
        var patientCount = pending.Count == 0 ? 0 : pending.Max(p => p.Patient) + 1;
        var order = pending.Select((_, i) => i).ToArray();
        var startKeys = pending.Select(p => p.Start).ToArray();
        Array.Sort(startKeys, order);

        // A stable counting sort by patient keeps each patient's bookings in start order.
        offsets = new int[patientCount + 1];
        foreach (var entry in pending)
        {
            offsets[entry.Patient + 1]++;
        }

        for (var p = 0; p < patientCount; p++)
        {
            offsets[p + 1] += offsets[p];
        }

        var next = offsets[..^1];
        booked = new long[pending.Count];
        starts = new long[pending.Count];
        keys = new long[pending.Count];
        foreach (var i in order)
        {
            var entry = pending[i];
            var at = next[entry.Patient]++;
            booked[at] = entry.Booked;
            starts[at] = entry.Start;
            keys[at] = entry.Key;
        }

        pending.Clear();
        pending.TrimExcess();
        IsFrozen = true;
    }

    /// <summary>
    /// The patient's bookings other than <paramref name="selfKey"/> that were booked at or before the
    /// cut-off and start after it, within the window.
    /// </summary>
    public int Count(int patient, long cutoffMicros, long selfKey)
    {
        if (!IsFrozen)
        {
            throw new InvalidOperationException("Call Freeze before counting.");
        }

        if (patient < 0 || patient + 1 >= offsets.Length)
        {
            return 0;
        }

        var from = offsets[patient];
        var to = offsets[patient + 1];
        var at = Array.BinarySearch(starts, from, to - from, cutoffMicros + 1);
        at = at < 0 ? ~at : at;
        // BinarySearch may land on any of equal starts: step back to the first one after the cut-off.
        while (at > from && starts[at - 1] > cutoffMicros)
        {
            at--;
        }

        var count = 0;
        for (; at < to && starts[at] <= cutoffMicros + windowMicros; at++)
        {
            if (booked[at] <= cutoffMicros && keys[at] != selfKey)
            {
                count++;
            }
        }

        return count;
    }
}
