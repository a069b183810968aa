namespace Attendance.Data.Generation;

/// <summary>What to generate. Everything is a function of these values: the same options give the same files.</summary>
public sealed record GeneratorOptions
{
    /// <summary>The default reference date ("today" of the generated region): a Monday.</summary>
    public static readonly DateOnly DefaultToday = new(2026, 3, 2);

    /// <summary>Random seed.</summary>
    /// <value>1</value>
    public int Seed { get; init; } = 1;

    /// <summary>Patients in the region.</summary>
    /// <value>2000</value>
    public int Patients { get; init; } = 2000;

    /// <summary>Days of history before <see cref="Today"/>.</summary>
    /// <value>120</value>
    public int Days { get; init; } = 120;

    /// <summary>Days after <see cref="Today"/> covered by bookings, slots and waiting-list entries.</summary>
    /// <value>28</value>
    public int HorizonDays { get; init; } = 28;

    /// <summary>
    /// The region's "today": history holds appointments starting before 00:00 Copenhagen time on this date,
    /// bookings and slots start on or after it. Fixed by default so that runs are reproducible.
    /// </summary>
    /// <value>2026-03-02</value>
    public DateOnly Today { get; init; } = DefaultToday;

    /// <summary>Rows per batch handed to the sink.</summary>
    /// <value>65536</value>
    public int BatchRows { get; init; } = 65_536;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the bad option (paramName = option name).</summary>
    public void Validate()
    {
        if (Patients <= 0)
        {
            throw new ArgumentOutOfRangeException("patients", Patients, "must be a positive number of patients");
        }
        if (Days <= 0 || Days > 3660)
        {
            throw new ArgumentOutOfRangeException("days", Days, "must be between 1 and 3660 days of history");
        }
        if (HorizonDays <= 0 || HorizonDays > 366)
        {
            throw new ArgumentOutOfRangeException("horizon-days", HorizonDays, "must be between 1 and 366 days");
        }
        if (BatchRows < 1)
        {
            throw new ArgumentOutOfRangeException("batch-rows", BatchRows, "must be positive");
        }
    }
}
