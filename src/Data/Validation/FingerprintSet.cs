namespace Attendance.Data.Validation;

/// <summary>
/// A set of 64-bit fingerprints (open addressing, linear probing, power-of-two table at most 3/4 full):
/// 8 to 16 bytes per member instead of a string and a hash-set entry.
/// Invariant: slot value 0 means empty, so the fingerprint 0 is stored as 1 (a forced collision, which the
/// caller's exact confirmation handles like any other).
/// </summary>
internal sealed class FingerprintSet
{
    private ulong[] _slots;
    private int _count;

    /// <param name="expected">Members expected (e.g. the table's row count from the footers), to size the table once.</param>
    public FingerprintSet(long expected)
    {
        _slots = new ulong[CapacityFor(Math.Max(expected, 16))];
    }

    /// <summary>Adds a fingerprint; false when it was already present (a repeat, or a collision of two strings).</summary>
    public bool Add(ulong fingerprint)
    {
        if (fingerprint == 0)
        {
            fingerprint = 1;
        }
        if ((long)(_count + 1) * 4 > (long)_slots.Length * 3)
        {
            Grow();
        }
        if (!Insert(_slots, fingerprint))
        {
            return false;
        }
        _count++;
        return true;
    }

    private static bool Insert(ulong[] slots, ulong fingerprint)
    {
        var mask = slots.Length - 1;
        // The fingerprint is already well mixed: its low bits serve as the home slot.
        for (var i = (int)fingerprint & mask; ; i = (i + 1) & mask)
        {
            if (slots[i] == fingerprint)
            {
                return false;
            }
            if (slots[i] == 0)
            {
                slots[i] = fingerprint;
                return true;
            }
        }
    }

    private void Grow()
    {
        var bigger = new ulong[checked(_slots.Length * 2)];
        foreach (var fingerprint in _slots)
        {
            if (fingerprint != 0)
            {
                Insert(bigger, fingerprint);
            }
        }
        _slots = bigger;
    }

    private static int CapacityFor(long expected)
    {
        var capacity = 16L;
        while (capacity * 3 < expected * 4)
        {
            capacity *= 2;
        }
        return checked((int)capacity);
    }
}
