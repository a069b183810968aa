using Attendance.Data.Contract;
using Attendance.Data.Rows;

namespace Attendance.Scheduler.Simulation;

/// <summary>
/// Random slots and waiting-list entries with the contract's shape, for property tests, benchmarks and the
/// simulation. Visit types are harmonised family names (the slots contract allows them), so no table is needed
/// beyond the default one. Not a realistic region (that is Attendance.Data's generator): a fast, scalable instance.
/// </summary>
public static class SyntheticDay
{
    /// <summary>Families used; all are families of data/visit-types.csv.</summary>
    public static readonly IReadOnlyList<string> Families = ["Kontrol", "FørsteBesøg", "Scanning", "Behandling"];

    /// <summary>Sites used.</summary>
    public static readonly IReadOnlyList<string> Sites = ["SUH", "Holbæk", "NSR"];

    private static readonly int[] Durations = [15, 20, 30, 45, 60];

    /// <summary>Generates slots (ids <c>S…</c>) and entries (ids <c>E…</c>, patients <c>P…</c>) in registration order.</summary>
    public static (List<Slot> Slots, List<WaitlistEntry> Entries) Generate(SyntheticDayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var random = new Random(options.Seed);
        var slots = new List<Slot>(options.Slots);
        var today = options.Now.UtcDateTime.Date;
        for (var i = 0; i < options.Slots; i++)
        {
            // Clinic hours 08:00–15:00 Copenhagen ≈ 07:00–14:00 UTC in winter, on a 15-minute grid.
            var start = new DateTimeOffset(today, TimeSpan.Zero)
                .AddDays(random.Next(options.HorizonDays))
                .AddMinutes(420 + (15 * random.Next(28)));
            var u = random.NextDouble();
            var selfBook = random.NextDouble() < options.SelfBookShare;
            slots.Add(new Slot
            {
                SlotId = $"S{i:D6}",
                Site = Sites[random.Next(Sites.Count)],
                Department = Department(random.Next(options.Departments)),
                StartAt = start,
                DurationMin = Durations[random.Next(Durations.Length)],
                VisitType = Families[random.Next(Families.Count)],
                Kind = selfBook ? SlotKind.SelfBook : SlotKind.Free,
                Reserved = selfBook ? null
                    : u < options.SubacuteShare ? SlotReservation.Subacute
                    : u < options.SubacuteShare + options.NonDigitalShare ? SlotReservation.NonDigital
                    : null,
            });
        }

        var entries = new List<WaitlistEntry>(options.Entries);
        for (var i = 0; i < options.Entries; i++)
        {
            var booked = random.NextDouble() < 0.85;
            var current = options.Now.AddDays(2 + (random.NextDouble() * 60));
            var t = random.NextDouble();
            entries.Add(new WaitlistEntry
            {
                EntryId = $"E{i:D7}",
                PatientId = $"P{i:D7}",
                Department = Department(random.Next(options.Departments)),
                VisitType = Families[random.Next(Families.Count)],
                DurationMin = Durations[random.Next(Durations.Length - 1)],
                Triage = t < 0.15 ? Triage.Vulnerable : t < 0.65 ? Triage.Unchanged : Triage.Routine,
                DueBy = random.NextDouble() < 0.25 ? DateOnly.FromDateTime(today.AddDays(5 + random.Next(40))) : null,
                EarliestAt = random.NextDouble() < 0.10 ? options.Now.AddDays(random.Next(1, 6)) : null,
                CurrentBookingId = booked ? $"B{i:D7}" : null,
                CurrentStartAt = booked ? current : null,
                DigitalUser = random.NextDouble() < options.DigitalShare,
                PreferredSites = random.NextDouble() < 0.3 ? Sites[random.Next(Sites.Count)] : null,
                DistanceKm = Math.Round(Math.Exp(Math.Log(14) + (0.7 * Gaussian(random))), 1),
            });
        }

        return (slots, entries);
    }

    private static string Department(int k) => $"D{k:D2}";

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
