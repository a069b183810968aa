namespace Attendance.Data.Validation;

/// <summary>
/// The 64-bit fingerprints of one identifier column, appended in reading order and sorted once at the end to
/// find the repeated ones: 8 bytes per row, sequential writes while reading instead of a random probe per row
/// into a hash table, and an in-place sort (no second buffer) when the table has been read.
/// </summary>
internal sealed class FingerprintLog
{
    /// <summary>Below this many members a range is sorted by comparison rather than split by another byte.</summary>
    private const int SmallRange = 512;

    private ulong[] _items;
    private int _count;

    /// <param name="expected">Members expected (e.g. the table's row count from the footers), to size the array once.</param>
    public FingerprintLog(long expected)
    {
        _items = new ulong[Math.Max(expected, 16)];
    }

    public int Count => _count;

    public void Add(ulong fingerprint)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, checked(_items.Length * 2));
        }
        _items[_count++] = fingerprint;
    }

    /// <summary>
    /// The fingerprints added more than once (each once), in ascending order. Sorts the log in place;
    /// call once, after the last <see cref="Add"/>.
    /// </summary>
    public IReadOnlyList<ulong> Repeated()
    {
        var items = _items.AsSpan(0, _count);
        SortFrom(items, 56);
        var repeated = new List<ulong>();
        for (var i = 1; i < items.Length; i++)
        {
            if (items[i] == items[i - 1] && (repeated.Count == 0 || repeated[^1] != items[i]))
            {
                repeated.Add(items[i]);
            }
        }
        return repeated;
    }

    /// <summary>
    /// In-place MSD radix sort on the byte at <paramref name="shift"/> and below (American flag sort: count,
    /// then swap each member into its bucket), then a comparison sort for small ranges. Fingerprints are
    /// uniform, so two byte levels leave ranges of a few hundred members.
    /// </summary>
    private static void SortFrom(Span<ulong> items, int shift)
    {
        if (items.Length <= SmallRange || shift < 0)
        {
            items.Sort();
            return;
        }
        Span<int> starts = stackalloc int[257];
        starts.Clear();
        foreach (var item in items)
        {
            starts[((int)(item >> shift) & 0xFF) + 1]++;
        }
        for (var b = 0; b < 256; b++)
        {
            starts[b + 1] += starts[b];
        }
        Span<int> next = stackalloc int[256];
        starts[..256].CopyTo(next);
        for (var b = 0; b < 256; b++)
        {
            var end = starts[b + 1];
            while (next[b] < end)
            {
                var item = items[next[b]];
                var home = (int)(item >> shift) & 0xFF;
                // Swap the member into its bucket until the one that belongs here arrives.
                while (home != b)
                {
                    var slot = next[home]++;
                    (items[slot], item) = (item, items[slot]);
                    home = (int)(item >> shift) & 0xFF;
                }
                items[next[b]++] = item;
            }
        }
        for (var b = 0; b < 256; b++)
        {
            SortFrom(items[starts[b]..starts[b + 1]], shift - 8);
        }
    }
}
