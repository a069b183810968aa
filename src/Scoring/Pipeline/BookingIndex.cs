using Attendance.Data.Batches;
using Attendance.Data.VisitTypes;
using Attendance.Model.Features;
using Attendance.Scoring.Flags;
using Attendance.Scoring.Policy;
using Col = Attendance.Data.Contract.Columns;

namespace Attendance.Scoring.Pipeline;

/// <summary>
/// The first pass over the bookings: every booking's <see cref="BookingKey"/> and patient, and the patients'
/// bookings for the upcoming-bookings feature. About 20 bytes a booking plus the patient index.
/// </summary>
internal sealed class BookingIndex
{
    private readonly long asOfMicros;
    private readonly ScoringPolicy policy;
    private readonly VisitTypeHarmoniser harmoniser;
    private readonly HashSet<string> videoFamilies;
    private readonly List<BookingKey> keys = [];
    private readonly List<int> patientOfRow = [];
    private string[] families = [];
    private int[] durations = [];

    public BookingIndex(FeatureSpec spec, long asOfMicros, ScoringPolicy policy, VisitTypeHarmoniser harmoniser)
    {
        this.asOfMicros = asOfMicros;
        this.policy = policy;
        this.harmoniser = harmoniser;
        videoFamilies = new HashSet<string>(policy.VideoFamilies, StringComparer.Ordinal);
        Upcoming = new UpcomingBookings(spec);
    }

    public PatientIndex Patients { get; } = new();

    public UpcomingBookings Upcoming { get; }

    public CodeTable Departments { get; } = new();

    public CodeTable Sites { get; } = new();

    /// <summary>Rows added; also the key of the next row.</summary>
    public int Count => keys.Count;

    /// <summary>Keys in input order.</summary>
    public ReadOnlySpan<BookingKey> Keys => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(keys);

    /// <summary>Patient ids (of <see cref="Patients"/>) in input order.</summary>
    public ReadOnlySpan<int> PatientOfRow => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(patientOfRow);

    /// <summary>Rows starting before the moment of scoring.</summary>
    public long Past { get; private set; }

    public void Add(TableBatch batch)
    {
        var n = batch.Count;
        var first = keys.Count;
        var patientIds = batch.Get<string?>(Col.PatientId).Values;
        var booked = batch.Get<long>(Col.BookedAt).Values;
        var starts = batch.Get<long>(Col.StartAt).Values;
        var departments = batch.Find<string?>(Col.Department);
        var sites = batch.Find<string?>(Col.Site);
        var digital = batch.Find<bool>(Col.DigitalUser);
        var contact = batch.Find<string?>(Col.ContactMode);
        var visitTypes = batch.Find<string?>(Col.VisitType);
        if (families.Length < n)
        {
            families = new string[n];
            durations = new int[n];
        }

        if (visitTypes is not null)
        {
            harmoniser.MapColumn(visitTypes.Values.AsSpan(0, n), families, durations);
        }

        for (var row = 0; row < n; row++)
        {
            var patient = Patients.GetOrAdd(patientIds[row]!);
            Upcoming.Add(patient, booked[row], starts[row], first + row);
            patientOfRow.Add(patient);
            var local = CopenhagenTime.ToLocal(starts[row]);
            var traits = BookingTraits.None;
            if (starts[row] < asOfMicros)
            {
                traits |= BookingTraits.Past;
                Past++;
            }

            if (digital is not null && !digital.IsNull(row) && digital.Values[row])
            {
                traits |= BookingTraits.Digital;
            }

            if (visitTypes is not null && !visitTypes.IsNull(row) && videoFamilies.Contains(families[row])
                && contact is not null && contact.Values[row] == "physical")
            {
                traits |= BookingTraits.VideoEligible;
            }

            if (local.Hour >= policy.AfternoonFromHour)
            {
                traits |= BookingTraits.Afternoon;
            }

            keys.Add(new BookingKey(
                Departments.Code(departments is null ? null : departments.Values[row]),
                Sites.Code(sites is null ? null : sites.Values[row]),
                DateOnly.FromDateTime(local).DayNumber,
                traits));
        }
    }
}
