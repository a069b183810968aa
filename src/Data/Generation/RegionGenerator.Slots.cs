using Attendance.Data.Contract;
using Attendance.Data.Rows;

namespace Attendance.Data.Generation;

public sealed partial class RegionGenerator
{
    private const double NonDigitalShareOfFree = 0.12;
    private const double NeverBookedOpenShare = 0.25;
    private const double SubacutePerBooking = 0.06;
    private const double SelfBookBlocksPerBooking = 0.01;
    private const int SelfBookBlockTickets = 4;

    private void AddSlot(RowBuffer<Slot> slots, in AppointmentDraft a, SlotKind kind, SlotReservation? reserved)
    {
        if (kind == SlotKind.Free && reserved is null && Chance(NonDigitalShareOfFree))
        {
            reserved = SlotReservation.NonDigital;
        }
        AddSlot(slots, a.Site, a.Department, a.StartMicros, a.DurationMin, a.VisitType.RawName, kind, reserved);
    }

    private void AddSlot(RowBuffer<Slot> slots, int site, int department, long startMicros, int duration, string visitType, SlotKind kind, SlotReservation? reserved)
    {
        slots.Add(new Slot
        {
            SlotId = NextSlotId(),
            Site = RegionCatalog.Sites[site],
            Department = RegionCatalog.Departments[department].Name,
            StartAt = UtcMicros.ToInstant(startMicros),
            DurationMin = duration,
            VisitType = visitType,
            Kind = kind,
            Reserved = reserved,
        });
        _counters.Slots++;
        _counters.SelfBookSlots += kind == SlotKind.SelfBook ? 1 : 0;
        _counters.SubacuteSlots += reserved == SlotReservation.Subacute ? 1 : 0;
        _counters.NonDigitalSlots += reserved == SlotReservation.NonDigital ? 1 : 0;
    }

    /// <summary>Bookings in the horizon per site × department: clinic capacity set-asides scale with them.</summary>
    private readonly int[] _clinicBookings = new int[RegionCatalog.Sites.Length * RegionCatalog.Departments.Length];

    /// <summary>
    /// Capacity the clinics set up themselves over the horizon: a subacute time most mornings in every
    /// department (kept free for the health line, never offered) and weekly self-book blocks of control tickets ending at closing time.
    /// </summary>
    private void GenerateClinicSlots(RowBuffer<Slot> slots)
    {
        var clinicDays = 0;
        for (var day = _calendar.TodayIndex; day < _calendar.Length; day++)
        {
            clinicDays += _calendar.Weekday(day) < 5 ? 1 : 0;
        }
        for (var day = _calendar.TodayIndex; day < _calendar.Length; day++)
        {
            var weekday = _calendar.Weekday(day);
            if (weekday > 4)
            {
                continue;
            }
            for (var department = 0; department < RegionCatalog.Departments.Length; department++)
            {
                var spec = RegionCatalog.Departments[department];
                foreach (var site in spec.Sites)
                {
                    var bookingsPerDay = _clinicBookings[(site * RegionCatalog.Departments.Length) + department] / (double)Math.Max(1, clinicDays);
                    if (Chance(Math.Min(1, SubacutePerBooking * bookingsPerDay)))
                    {
                        var first = CatalogIndex.FirstTypes[department][0];
                        AddSlot(slots, site, department, _calendar.ToUtcMicros(day, ClinicOpensMinute), 30, first.RawName, SlotKind.Free, SlotReservation.Subacute);
                    }
                    if (weekday == 1 && CatalogIndex.MainControl[department] is { } control && Chance(Math.Min(1, SelfBookBlocksPerBooking * bookingsPerDay * 5)))
                    {
                        for (var k = 0; k < SelfBookBlockTickets; k++)
                        {
                            var minute = ClinicClosesMinute - ((SelfBookBlockTickets - k) * control.DurationMin);
                            AddSlot(slots, site, department, _calendar.ToUtcMicros(day, minute), control.DurationMin, control.RawName, SlotKind.SelfBook, null);
                        }
                    }
                }
            }
        }
    }
}
