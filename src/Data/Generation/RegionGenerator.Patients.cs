using Attendance.Data.Contract;
using Attendance.Data.Rows;

namespace Attendance.Data.Generation;

public sealed partial class RegionGenerator
{
    private static readonly int[] AgeBandFrom = [18, 25, 35, 50, 67, 80];
    private static readonly int[] AgeBandTo = [24, 34, 49, 66, 79, 95];
    private static readonly double[] AgeBandShare = [0.08, 0.10, 0.17, 0.27, 0.26, 0.12];
    private static readonly VisitFamily[] WaitlistFamilies =
        [VisitFamily.Kontrol, VisitFamily.FoersteBesoeg, VisitFamily.Behandling, VisitFamily.Scanning, VisitFamily.Operation, VisitFamily.Samtale];

    private void GeneratePatient(int index, Output output)
    {
        var patient = NewPatient(index);
        _draftCount = 0;
        var episodes = 1 + (Chance(0.45) ? 1 : 0) + (Chance(0.15) ? 1 : 0);
        for (var e = 0; e < episodes; e++)
        {
            AddEpisode(patient, e);
        }
        Array.Sort(_drafts, 0, _draftCount, DraftOrder.Instance);

        // Prior no-shows fade: each counts exp(-days since / PriorNoShowMemoryDays).
        var priorNoShows = 0.0;
        var lastHistoryDay = 0;
        var anyPrior = false;
        var todayMicros = _calendar.TodayMicros;
        for (var i = 0; i < _draftCount; i++)
        {
            ref var a = ref _drafts[i];
            var age = Math.Max(16, patient.Age - ((_calendar.TodayIndex - a.Day) / 365));
            var prior = priorNoShows * Math.Exp(-(a.Day - lastHistoryDay) / NoShowMechanism.PriorNoShowMemoryDays);
            var p = NoShowMechanism.Probability(a, patient.Latent, prior, !anyPrior, age, patient.Digital, _calendar.Weekday(a.Day));
            var cancel = NoShowMechanism.Cancellation(a.LeadDays);
            if (a.StartMicros < todayMicros)
            {
                var outcome = DrawOutcome(cancel, p);
                var booked = a.BookedMicros;
                if (Chance(BookedAfterStartShare))
                {
                    booked = a.StartMicros + ((1 + _rng.Next(72)) * 60 * UtcMicros.PerMinute);
                    _counters.BookedAfterStart++;
                }
                var id = NextAppointmentId();
                output.History.Add(id, patient.Id, a, booked, outcome, age, patient.Sex, patient.Digital);
                output.Truth.Add(new TruthRow(id, p));
                _counters.History++;
                if (outcome is Outcome.Attended or Outcome.NoShow)
                {
                    _aucScores.Add(p);
                    _aucLabels.Add(outcome == Outcome.NoShow);
                }
                priorNoShows = prior + (outcome == Outcome.NoShow ? 1 : 0);
                lastHistoryDay = a.Day;
                anyPrior = true;
            }
            else if (a.BookedMicros >= todayMicros)
            {
                // Not booked yet. Most such times are taken by patients outside the synthetic population before
                // the day comes; the rest are open: a never-booked time, or a self-book ticket for a self-booker.
                if (Chance(NeverBookedOpenShare))
                {
                    AddSlot(output.Slots, a, a.Channel == 1 ? SlotKind.SelfBook : SlotKind.Free, null);
                }
            }
            else if (Chance(cancel * 0.6))
            {
                // Cancelled before today (about 60% of cancellations happen this early): a freed slot.
                AddSlot(output.Slots, a, SlotKind.Free, null);
            }
            else
            {
                var id = NextAppointmentId();
                output.Bookings.Add(id, patient.Id, a, a.BookedMicros, null, age, patient.Sex, patient.Digital);
                output.Truth.Add(new TruthRow(id, p));
                _counters.Bookings++;
                _clinicBookings[(a.Site * RegionCatalog.Departments.Length) + a.Department]++;
                MaybeWaitlistCurrentBooking(output.Waitlist, patient, a, id);
            }
        }
        MaybeWaitlistReferral(output.Waitlist, patient);
    }

    private Outcome DrawOutcome(double cancel, double noShow)
    {
        var u = _rng.NextDouble();
        if (u < cancel)
        {
            _counters.Cancelled++;
            return Outcome.Cancelled;
        }
        if (u < cancel + NoShowMechanism.Rescheduling)
        {
            _counters.Rescheduled++;
            return Outcome.Rescheduled;
        }
        if (Chance(noShow))
        {
            _counters.NoShows++;
            return Outcome.NoShow;
        }
        return Outcome.Attended;
    }

    private Patient NewPatient(int index)
    {
        var band = Pick(AgeBandShare);
        var age = AgeBandFrom[band] + _rng.Next(AgeBandTo[band] - AgeBandFrom[band] + 1);
        var u = _rng.NextDouble();
        var sex = u < 0.52 ? (int)Sex.Female : u < 0.99 ? (int)Sex.Male : -1;
        var home = Pick(RegionCatalog.SiteShares);
        var distance = Math.Clamp(Math.Exp(Math.Log(14) + (0.7 * Normal())) * (home == 2 ? 1.25 : 1.0), 1, 150);
        var digital = Chance(age < 67 ? 0.85 : age < 80 ? 0.62 : 0.35);
        var latent = NoShowMechanism.LatentSd * Normal();
        return new Patient("P" + (index + 1).ToString("D7", System.Globalization.CultureInfo.InvariantCulture),
            age, sex, home, Math.Round(distance, 1), digital, latent);
    }

    private void AddEpisode(Patient patient, int episode)
    {
        var department = Pick(CatalogIndex.DepartmentShares);
        var spec = RegionCatalog.Departments[department];
        var site = spec.Sites.Contains(patient.Home) ? patient.Home : spec.Sites[0];
        var distance = site == patient.Home ? patient.DistanceKm : Math.Round(patient.DistanceKm + 20 + (40 * _rng.NextDouble()), 1);
        var interval = Math.Clamp(CatalogIndex.IntervalMedianDays[department] * Math.Exp(0.5 * Normal()), 7, 365);
        var t = (_rng.NextDouble() * (_calendar.Length + interval)) - interval;
        var first = t >= 0;
        while (t < _calendar.Length)
        {
            if (t >= 0)
            {
                var day = _calendar.NextWorkday((int)t);
                if (day < _calendar.Length)
                {
                    AddDraft(patient, episode, department, site, distance, day, first);
                }
            }
            first = false;
            t += Math.Max(1, interval * Math.Exp(0.25 * Normal()));
            if (Chance(0.06))
            {
                break;
            }
        }
    }

    private void AddDraft(Patient patient, int episode, int department, int site, double distance, int day, bool first)
    {
        var types = first ? CatalogIndex.FirstTypes[department] : CatalogIndex.FollowUpTypes[department];
        var type = types[Pick(first ? CatalogIndex.FirstWeights[department] : CatalogIndex.FollowUpWeights[department])];
        var rawName = type.RawName;
        var duration = type.DurationMin;
        if (Chance(0.03))
        {
            var variants = CatalogIndex.NoisyVariants[type];
            rawName = variants[_rng.Next(variants.Length)];
            duration = ReferenceEquals(rawName, CatalogIndex.OtherMinutesName) ? 75 : duration;
        }
        var latestStart = Math.Max(ClinicOpensMinute, ClinicClosesMinute - duration);
        var minute = ClinicOpensMinute + (15 * _rng.Next(((latestStart - ClinicOpensMinute) / 15) + 1));
        var family = (int)type.Family;
        var lead = Chance(SubacuteShare)
            ? 0.2 + (1.8 * _rng.NextDouble())
            : Math.Clamp(CatalogIndex.LeadMedianDays[family] * Math.Exp(CatalogIndex.LeadLogSd[family] * Normal()), 0.1, 300);
        var channel = type.Family is VisitFamily.Kontrol or VisitFamily.Proevetagning or VisitFamily.Sygepleje && patient.Digital && Chance(0.35)
            ? 1
            : patient.Digital && lead < 10 && Chance(0.06) ? 2 : 0;
        var reminder = lead < 2 ? Chance(0.15) : Chance(patient.Digital ? 0.9 : 0.6);
        var start = _calendar.ToUtcMicros(day, minute);
        if (_draftCount == _drafts.Length)
        {
            Array.Resize(ref _drafts, _drafts.Length * 2);
        }
        _drafts[_draftCount++] = new AppointmentDraft
        {
            Day = day,
            LocalMinute = minute,
            StartMicros = start,
            BookedMicros = start - ((long)(lead * 1440) * UtcMicros.PerMinute),
            LeadDays = lead,
            Episode = episode,
            Site = site,
            Department = department,
            VisitType = type,
            RawName = rawName,
            DurationMin = duration,
            Channel = channel,
            Reminder = reminder,
            DistanceKm = distance,
        };
    }

    private sealed record Patient(string Id, int Age, int Sex, int Home, double DistanceKm, bool Digital, double Latent);

    private sealed class DraftOrder : IComparer<AppointmentDraft>
    {
        public static readonly DraftOrder Instance = new();

        public int Compare(AppointmentDraft x, AppointmentDraft y)
        {
            var c = x.StartMicros.CompareTo(y.StartMicros);
            return c != 0 ? c : x.Episode.CompareTo(y.Episode);
        }
    }
}
