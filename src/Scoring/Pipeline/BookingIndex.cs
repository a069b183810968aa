using Attendance.Data.Batches;
using Attendance.Data.VisitTypes;
using Attendance.Model.Features;
using Attendance.Scoring.Flags;
using Attendance.Scoring.Policy;
using Col = Attendance.Data.Contract.Columns;

namespace Attendance.Scoring.Pipeline;

/// <summary>
/// The one read of the bookings: every booking's <see cref="BookingKey"/>, patient and appointment features
/// (kept in <see cref="BookingChunk"/>s), and the patients' bookings for the upcoming-bookings feature.
/// </summary>
internal sealed class BookingIndex
{
    private const string Physical = "physical";

    private readonly long asOfMicros;
    private readonly ScoringPolicy policy;
    private readonly VisitTypeHarmoniser harmoniser;
    private readonly FeatureBuilder builder;
    private readonly HashSet<string> videoFamilies;
    private readonly IReadOnlySet<string?>? scoredDepartments;
    private readonly List<BookingKey> keys = [];
    private readonly List<int> patientOfRow = [];
    private readonly List<string> patientNames = [];
    private string[] families = [];
    private int[] durations = [];
    private int[] allRows = [];

    /// <summary>An empty index; <paramref name="scoredDepartments"/>: only those departments' bookings are scored (<see cref="ScoringRequest.Departments"/>; null: all).</summary>
    public BookingIndex(FeatureBuilder builder, long asOfMicros, ScoringPolicy policy, VisitTypeHarmoniser harmoniser, IReadOnlySet<string?>? scoredDepartments = null)
    {
        this.scoredDepartments = scoredDepartments;
        this.builder = builder;
        this.asOfMicros = asOfMicros;
        this.policy = policy;
        this.harmoniser = harmoniser;
        videoFamilies = new HashSet<string>(policy.VideoFamilies, StringComparer.Ordinal);
        Upcoming = new UpcomingBookings(builder.Spec);
    }

    /// <summary>The booked patients, 0, 1, 2 … in first-seen order.</summary>
    public PatientIndex Patients { get; } = new();

    /// <summary>Patient pseudonyms by id of <see cref="Patients"/>.</summary>
    public IReadOnlyList<string> PatientNames => patientNames;

    public UpcomingBookings Upcoming { get; }

    public CodeTable Departments { get; } = new();

    public CodeTable Sites { get; } = new();

    public List<BookingChunk> Chunks { get; } = [];

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
        var chunk = new BookingChunk(keys.Count, n, builder.Columns);
        if (allRows.Length < n)
        {
            allRows = [.. Enumerable.Range(0, n)];
            families = new string[n];
            durations = new int[n];
        }

        builder.WriteAppointmentFeatures(batch, allRows.AsSpan(0, n), chunk.Matrix);
        batch.Get<string?>(Col.AppointmentId).Values.AsSpan(0, n).CopyTo(chunk.AppointmentIds);
        batch.Get<string?>(Col.PatientId).Values.AsSpan(0, n).CopyTo(chunk.PatientIds);
        batch.Get<long>(Col.StartAt).Values.AsSpan(0, n).CopyTo(chunk.Starts);
        var booked = batch.Get<long>(Col.BookedAt).Values;
        var departments = batch.Find<string?>(Col.Department);
        var sites = batch.Find<string?>(Col.Site);
        var digital = batch.Find<bool>(Col.DigitalUser);
        var contact = batch.Find<string?>(Col.ContactMode);
        var visitTypes = batch.Find<string?>(Col.VisitType);
        if (visitTypes is not null)
        {
            harmoniser.MapColumn(visitTypes.Values.AsSpan(0, n), families, durations);
        }

        for (var row = 0; row < n; row++)
        {
            var start = chunk.Starts[row];
            var patient = Patients.GetOrAdd(chunk.PatientIds[row]!);
            if (patient == patientNames.Count)
            {
                patientNames.Add(chunk.PatientIds[row]!);
            }

            Upcoming.Add(patient, booked[row], start, chunk.First + row);
            patientOfRow.Add(patient);
            var local = CopenhagenTime.ToLocal(start);
            var traits = BookingTraits.None;
            if (start < asOfMicros)
            {
                traits |= BookingTraits.Past;
                Past++;
            }
            else if (scoredDepartments is not null && !scoredDepartments.Contains(departments?.Values[row]))
            {
                // Another partition's booking: it counted for its patient's upcoming bookings above; like a
                // past one it is not scored, flagged or written, but not counted as past either.
                traits |= BookingTraits.Past | BookingTraits.OtherPartition;
            }

            if (digital is not null && !digital.IsNull(row) && digital.Values[row])
            {
                traits |= BookingTraits.Digital;
            }

            if (visitTypes is not null && !visitTypes.IsNull(row) && videoFamilies.Contains(families[row])
                && contact is not null && contact.Values[row] == Physical)
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

        Chunks.Add(chunk);
    }
}
