using System.Globalization;
using Attendance.Data.Contract;
using Attendance.Data.Rows;

namespace Attendance.Data.Generation;

/// <summary>
/// Writes a synthetic, anonymised Region Sjælland: history, bookings, slots, waiting list and the truth
/// (the true no-show probability of every history and booking row). Deterministic: one seeded
/// <see cref="Random"/> is drawn from in a fixed order and time comes only from <see cref="GeneratorOptions.Today"/>.
/// The mechanism is <see cref="NoShowMechanism"/>, documented in data/SCHEMA.md.
/// </summary>
public sealed partial class RegionGenerator
{
    private const int ClinicOpensMinute = 8 * 60;
    private const int ClinicClosesMinute = (15 * 60) + 30;
    private const double SubacuteShare = 0.04;
    private const double BookedAfterStartShare = 0.001;

    private readonly GeneratorOptions _options;
    private readonly Random _rng;
    private readonly RegionCalendar _calendar;
    private readonly Counters _counters = new();
    private readonly List<double> _aucScores = [];
    private readonly List<bool> _aucLabels = [];
    private AppointmentDraft[] _drafts = new AppointmentDraft[64];
    private int _draftCount;
    private long _appointmentSeq;
    private long _slotSeq;
    private long _entrySeq;

    public RegionGenerator(GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _rng = new Random(options.Seed);
        _calendar = new RegionCalendar(options.Today, options.Days, options.HorizonDays);
    }

    /// <summary>Generates the region into <paramref name="sink"/> and returns its rates.</summary>
    public GenerationSummary Generate(IRegionSink sink, IProgress<GenerationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var rows = _options.BatchRows;
        var output = new Output(
            new AppointmentBuffer(Tables.History, sink, rows),
            new AppointmentBuffer(Tables.Bookings, sink, rows),
            new RowBuffer<Slot>(SlotMapper.Instance, sink, rows),
            new RowBuffer<WaitlistEntry>(WaitlistMapper.Instance, sink, rows),
            new RowBuffer<TruthRow>(TruthMapper.Instance, sink, rows));
        var reportEvery = Math.Max(1, _options.Patients / 100);
        for (var p = 0; p < _options.Patients; p++)
        {
            if (p % reportEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new GenerationProgress(p, _options.Patients, _counters.History));
            }
            GeneratePatient(p, output);
        }
        GenerateClinicSlots(output.Slots);
        output.History.Flush();
        output.Bookings.Flush();
        output.Slots.Flush();
        output.Waitlist.Flush();
        output.Truth.Flush();
        progress?.Report(new GenerationProgress(_options.Patients, _options.Patients, _counters.History));
        return Summarise();
    }

    private GenerationSummary Summarise()
    {
        var scores = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_aucScores);
        var labels = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_aucLabels);
        double sum = 0;
        foreach (var s in scores)
        {
            sum += s;
        }
        return new GenerationSummary
        {
            Today = _options.Today,
            HistoryRows = _counters.History,
            LabelledRows = scores.Length,
            NoShows = _counters.NoShows,
            Cancelled = _counters.Cancelled,
            Rescheduled = _counters.Rescheduled,
            BookedAfterStart = _counters.BookedAfterStart,
            BookingRows = _counters.Bookings,
            SlotRows = _counters.Slots,
            SelfBookSlots = _counters.SelfBookSlots,
            SubacuteSlots = _counters.SubacuteSlots,
            NonDigitalSlots = _counters.NonDigitalSlots,
            WaitlistRows = _counters.Waitlist,
            WaitlistDigital = _counters.WaitlistDigital,
            WaitlistWithDueBy = _counters.WaitlistDue,
            WaitlistWithCurrentBooking = _counters.WaitlistBooked,
            BayesAuc = RocAuc.Compute(scores, labels),
            MeanTrueProbability = scores.Length == 0 ? 0 : sum / scores.Length,
        };
    }

    private string NextAppointmentId() => "A" + (++_appointmentSeq).ToString("D8", CultureInfo.InvariantCulture);

    private string NextSlotId() => "S" + (++_slotSeq).ToString("D7", CultureInfo.InvariantCulture);

    private string NextEntryId() => "W" + (++_entrySeq).ToString("D7", CultureInfo.InvariantCulture);

    private double Normal()
    {
        // Box–Muller; 1 - U keeps the logarithm finite.
        var u1 = 1.0 - _rng.NextDouble();
        var u2 = _rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private bool Chance(double p) => _rng.NextDouble() < p;

    private int Pick(ReadOnlySpan<double> weights)
    {
        double total = 0;
        foreach (var w in weights)
        {
            total += w;
        }
        var x = _rng.NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }
        return weights.Length - 1;
    }

    private sealed record Output(
        AppointmentBuffer History,
        AppointmentBuffer Bookings,
        RowBuffer<Slot> Slots,
        RowBuffer<WaitlistEntry> Waitlist,
        RowBuffer<TruthRow> Truth);

    private sealed class Counters
    {
        public long History, NoShows, Cancelled, Rescheduled, BookedAfterStart, Bookings;
        public long Slots, SelfBookSlots, SubacuteSlots, NonDigitalSlots;
        public long Waitlist, WaitlistDigital, WaitlistDue, WaitlistBooked;
    }
}
