using Attendance.Data.Batches;
using Attendance.Data.Contract;

namespace Attendance.Data.Generation;

/// <summary>
/// Fills a history or bookings batch column by column and hands full batches to the sink. The column
/// arrays are fetched once: the batch's capacity is fixed and its null flags are allocated up front, so they never move.
/// </summary>
internal sealed class AppointmentBuffer
{
    private readonly TableBatch _batch;
    private readonly IRegionSink _sink;
    private readonly string?[] _id, _patient, _outcome, _site, _department, _visitType, _contactMode, _sex, _channel;
    private readonly long[] _booked, _start;
    private readonly int[] _duration, _age;
    private readonly double[] _distance;
    private readonly bool[] _digital, _reminder, _sexNull;

    public AppointmentBuffer(TableSchema schema, IRegionSink sink, int capacity)
    {
        _batch = new TableBatch(schema, capacity);
        _sink = sink;
        _id = Strings(Columns.AppointmentId);
        _patient = Strings(Columns.PatientId);
        _outcome = schema.IndexOf(Columns.Outcome) >= 0 ? Strings(Columns.Outcome) : [];
        _site = Strings(Columns.Site);
        _department = Strings(Columns.Department);
        _visitType = Strings(Columns.VisitType);
        _contactMode = Strings(Columns.ContactMode);
        _sex = Strings(Columns.Sex);
        _sexNull = _batch.Get<string?>(Columns.Sex).EnsureNulls();
        _channel = Strings(Columns.BookingChannel);
        _booked = _batch.Get<long>(Columns.BookedAt).Values;
        _start = _batch.Get<long>(Columns.StartAt).Values;
        _duration = _batch.Get<int>(Columns.DurationMin).Values;
        _age = _batch.Get<int>(Columns.Age).Values;
        _distance = _batch.Get<double>(Columns.DistanceKm).Values;
        _digital = _batch.Get<bool>(Columns.DigitalUser).Values;
        _reminder = _batch.Get<bool>(Columns.ReminderSent).Values;
    }

    public void Add(string appointmentId, string patientId, in AppointmentDraft a, long bookedMicros, Outcome? outcome, int age, int sex, bool digital)
    {
        var r = _batch.Count;
        _id[r] = appointmentId;
        _patient[r] = patientId;
        _booked[r] = bookedMicros;
        _start[r] = a.StartMicros;
        if (outcome is { } o)
        {
            _outcome[r] = WireNames.Outcome[(int)o];
        }
        _duration[r] = a.DurationMin;
        _site[r] = RegionCatalog.Sites[a.Site];
        _department[r] = RegionCatalog.Departments[a.Department].Name;
        _visitType[r] = a.RawName;
        _contactMode[r] = WireNames.ContactMode[a.VisitType.Family switch
        {
            VisitFamily.Video => (int)ContactMode.Video,
            VisitFamily.Telefon => (int)ContactMode.Phone,
            _ => (int)ContactMode.Physical,
        }];
        _age[r] = age;
        _sex[r] = sex < 0 ? null : WireNames.Sex[sex];
        _sexNull[r] = sex < 0;
        _distance[r] = a.DistanceKm;
        _digital[r] = digital;
        _reminder[r] = a.Reminder;
        _channel[r] = WireNames.BookingChannel[a.Channel];
        _batch.Count = r + 1;
        if (_batch.Count == _batch.Capacity)
        {
            Flush();
        }
    }

    public void Flush()
    {
        if (_batch.Count == 0)
        {
            return;
        }
        _sink.Write(_batch);
        _batch.Count = 0;
    }

    private string?[] Strings(string column) => _batch.Get<string?>(column).Values;
}
