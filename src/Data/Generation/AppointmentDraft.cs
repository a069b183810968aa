namespace Attendance.Data.Generation;

/// <summary>One generated appointment before it becomes a history row, a booking, a truth row or a free slot.</summary>
internal struct AppointmentDraft
{
    public int Day;               // days since the window start (local Copenhagen date)
    public int LocalMinute;       // minutes after local midnight
    public long StartMicros;
    public long BookedMicros;
    public double LeadDays;
    public int Episode;
    public int Site;
    public int Department;
    public VisitTypeSpec VisitType;
    public string RawName;
    public int DurationMin;
    public int Channel;           // 0 staff, 1 self_book, 2 fast_pass
    public bool Reminder;
    public double DistanceKm;
}
