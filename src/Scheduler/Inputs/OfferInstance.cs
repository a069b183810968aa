using Attendance.Data.Rows;
using Attendance.Scheduler.Offers;

namespace Attendance.Scheduler.Inputs;

/// <summary>
/// A checked scheduling input: the slots and entries that take part in a run, prepared for the rules, split by
/// department. Errors the user must fix throw <see cref="ScheduleInputException"/>; rows that cannot take part
/// are counted in <see cref="Skips"/>.
/// </summary>
public sealed class OfferInstance
{
    private OfferInstance(OfferRules rules, PreparedSlot[] slots, PreparedEntry[] entries, DepartmentInstance[] departments, InputSkips skips)
    {
        Rules = rules;
        PreparedSlots = slots;
        PreparedEntries = entries;
        Departments = departments;
        Skips = skips;
    }

    /// <summary>The rules the instance was prepared with.</summary>
    public OfferRules Rules { get; }

    /// <summary>Rows left out, by reason.</summary>
    public InputSkips Skips { get; }

    /// <summary>Departments with slots, by name: the independent subproblems.</summary>
    public IReadOnlyList<string> DepartmentNames => [.. Departments.Select(static d => d.Name)];

    /// <summary>Slots taking part.</summary>
    public int SlotCount => PreparedSlots.Length;

    /// <summary>Entries taking part.</summary>
    public int EntryCount => PreparedEntries.Length;

    internal PreparedSlot[] PreparedSlots { get; }

    internal PreparedEntry[] PreparedEntries { get; }

    internal DepartmentInstance[] Departments { get; }

    /// <summary>Checks and prepares the input.</summary>
    /// <param name="rules">Rules at the run's moment.</param>
    /// <param name="slots">Slots in input order.</param>
    /// <param name="entries">Entries in registration order (the contract has no registration time: input order stands for it).</param>
    /// <param name="describeSlot">Names where slot <c>i</c> came from (file and row) in messages; default "slot row i+1".</param>
    /// <param name="describeEntry">The same for entries.</param>
    /// <exception cref="ScheduleInputException">A duplicate slot or entry id, or a department the policy does not list.</exception>
    public static OfferInstance Create(
        OfferRules rules,
        IReadOnlyList<Slot> slots,
        IReadOnlyList<WaitlistEntry> entries,
        Func<int, string>? describeSlot = null,
        Func<int, string>? describeEntry = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(slots);
        ArgumentNullException.ThrowIfNull(entries);
        describeSlot ??= i => $"slot row {i + 1}";
        describeEntry ??= i => $"waitlist row {i + 1}";

        RequireUnique(slots, static s => s.SlotId, "slot_id", describeSlot);
        RequireUnique(entries, static e => e.EntryId, "entry_id", describeEntry);
        RequireKnownDepartments(rules.Policy, slots, static s => s.Department, describeSlot);
        RequireKnownDepartments(rules.Policy, entries, static e => e.Department, describeEntry);

        var inPast = 0;
        var kept = new List<Slot>(slots.Count);
        foreach (var slot in slots)
        {
            if (slot.StartAt < rules.Now)
            {
                inPast++;
            }
            else
            {
                kept.Add(slot);
            }
        }

        var overlapping = RemoveOverlaps(kept);
        var slotIds = kept.Select(static s => s.SlotId).ToHashSet(StringComparer.Ordinal);
        var slotDepartments = kept.Select(static s => s.Department).ToHashSet(StringComparer.Ordinal);
        var entryDepartments = entries.Select(static e => e.Department).ToHashSet(StringComparer.Ordinal);
        var holding = entries.Count(e => e.CurrentBookingId is { } id && slotIds.Contains(id));

        var preparedSlots = kept.Select(rules.Prepare).ToArray();
        var entriesWithoutSlots = 0;
        var preparedEntries = new List<PreparedEntry>(entries.Count);
        var registrationRank = RegistrationRanks(entries);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (!slotDepartments.Contains(entry.Department))
            {
                entriesWithoutSlots++;
                continue;
            }

            preparedEntries.Add(rules.Prepare(entry, rules.Policy.TieBreak * registrationRank[i]));
        }

        var departments = BuildDepartments(preparedSlots, preparedEntries);
        var slotsWithoutEntries = preparedSlots.Count(s => !entryDepartments.Contains(s.Row.Department));
        var skips = new InputSkips(inPast, overlapping, slotsWithoutEntries, entriesWithoutSlots, holding);
        return new OfferInstance(rules, preparedSlots, [.. preparedEntries], departments, skips);
    }

    /// <summary>Per entry: 1 for the first registered of its department falling linearly towards 0 for the last.</summary>
    private static double[] RegistrationRanks(IReadOnlyList<WaitlistEntry> entries)
    {
        var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            sizes[e.Department] = sizes.GetValueOrDefault(e.Department) + 1;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var ranks = new double[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var d = entries[i].Department;
            var k = seen.GetValueOrDefault(d);
            seen[d] = k + 1;
            ranks[i] = (sizes[d] - k) / (double)sizes[d];
        }

        return ranks;
    }

    private static DepartmentInstance[] BuildDepartments(PreparedSlot[] slots, List<PreparedEntry> entries)
    {
        var byName = new SortedDictionary<string, (List<int> Slots, List<int> Entries)>(StringComparer.Ordinal);
        for (var i = 0; i < slots.Length; i++)
        {
            var d = slots[i].Row.Department;
            if (!byName.TryGetValue(d, out var lists))
            {
                byName[d] = lists = ([], []);
            }

            lists.Slots.Add(i);
        }

        for (var i = 0; i < entries.Count; i++)
        {
            byName[entries[i].Row.Department].Entries.Add(i);
        }

        return [.. byName.Select(kv => new DepartmentInstance(
            kv.Key,
            [.. kv.Value.Slots.OrderBy(i => slots[i].StartMicros).ThenBy(i => slots[i].Row.SlotId, StringComparer.Ordinal)],
            [.. kv.Value.Entries]))];
    }

    /// <summary>Keeps, per resource, the slots that do not overlap an earlier kept one (by start, then id); returns how many were removed.</summary>
    private static int RemoveOverlaps(List<Slot> slots)
    {
        var removed = new HashSet<Slot>(ReferenceEqualityComparer.Instance);
        foreach (var group in slots.Where(static s => s.ResourceId is not null).GroupBy(static s => s.ResourceId, StringComparer.Ordinal))
        {
            var end = DateTimeOffset.MinValue;
            foreach (var slot in group.OrderBy(static s => s.StartAt).ThenBy(static s => s.SlotId, StringComparer.Ordinal))
            {
                if (slot.StartAt < end)
                {
                    removed.Add(slot);
                    continue;
                }

                end = slot.StartAt.AddMinutes(slot.DurationMin);
            }
        }

        slots.RemoveAll(removed.Contains);
        return removed.Count;
    }

    private static void RequireUnique<T>(IReadOnlyList<T> rows, Func<T, string> id, string column, Func<int, string> describe)
    {
        var first = new Dictionary<string, int>(rows.Count, StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            if (!first.TryAdd(id(rows[i]), i))
            {
                throw new ScheduleInputException($"{describe(i)}: duplicate {column} (first seen at {describe(first[id(rows[i])])})");
            }
        }
    }

    private static void RequireKnownDepartments<T>(OfferPolicy policy, IReadOnlyList<T> rows, Func<T, string> department, Func<int, string> describe)
    {
        if (policy.Departments.Count == 0)
        {
            return;
        }

        var known = policy.Departments.ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            if (!known.Contains(department(rows[i])))
            {
                throw new ScheduleInputException($"{describe(i)}: department '{department(rows[i])}' is not among the policy's departments");
            }
        }
    }
}
