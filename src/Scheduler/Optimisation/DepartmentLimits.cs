using Attendance.Data.Contract;
using Attendance.Scheduler.Inputs;

namespace Attendance.Scheduler.Optimisation;

/// <summary>
/// The side limits of one department: per local day, the free slots N_d and the most that may go to the digital
/// channels, ⌊(1 − reserve share) · N_d⌋ (so at least the share stays out of fast-pass and self-book); and the
/// phone calls of the run. N_d counts every slot of the day that takes part, reserved ones included.
/// </summary>
internal sealed class DepartmentLimits
{
    private DepartmentLimits(Dictionary<DateOnly, int> freeByDay, Dictionary<DateOnly, int> digitalCapByDay, int phoneCap, int hardReserved)
    {
        FreeByDay = freeByDay;
        DigitalCapByDay = digitalCapByDay;
        PhoneCap = phoneCap;
        HardReserved = hardReserved;
    }

    public Dictionary<DateOnly, int> FreeByDay { get; }

    public Dictionary<DateOnly, int> DigitalCapByDay { get; }

    public int PhoneCap { get; }

    /// <summary>Slots marked subacute or non_digital.</summary>
    public int HardReserved { get; }

    public static DepartmentLimits For(OfferInstance instance, DepartmentInstance department)
    {
        var freeByDay = new Dictionary<DateOnly, int>();
        var hard = 0;
        foreach (var s in department.Slots)
        {
            var slot = instance.PreparedSlots[s];
            freeByDay[slot.Day] = freeByDay.GetValueOrDefault(slot.Day) + 1;
            hard += slot.Row.Reserved is SlotReservation.Subacute or SlotReservation.NonDigital ? 1 : 0;
        }

        var share = instance.Rules.Policy.ReserveShare;
        // The epsilon keeps 0.8 · 5 = 4 from becoming 3.999… → 3.
        var caps = freeByDay.ToDictionary(kv => kv.Key, kv => (int)Math.Floor(((1 - share) * kv.Value) + 1e-9));
        return new DepartmentLimits(freeByDay, caps, instance.Rules.Policy.PhoneCallsPerDepartmentDay, hard);
    }
}
