namespace Attendance.Data.Generation;

/// <summary>
/// The generator's true no-show probability, a logistic model (documented in data/SCHEMA.md, keep both in step):
/// logit p = intercept + patient latent + prior no-shows + first visit ever + lead time + age + distance
///         + weekday + hour + visit family + department + digital user + reminder + booking channel.
/// </summary>
internal static class NoShowMechanism
{
    public const double Intercept = -4.25;
    public const double LatentSd = 0.85;
    public const double PerPriorNoShow = 0.85;
    public const double PriorNoShowCap = 3;

    /// <summary>A no-show's weight decays as exp(-days / this).</summary>
    public const double PriorNoShowMemoryDays = 365;
    public const double FirstVisitEver = 0.20;
    public const double PerLogLeadDay = 0.28;
    public const double PerKm = 0.008;
    public const double DistanceCapKm = 120;
    public const double DigitalUser = -0.30;
    public const double ReminderSent = -0.40;
    public const double SelfBooked = -0.35;
    public const double FastPass = -0.20;

    /// <summary>Monday .. Friday.</summary>
    public static readonly double[] Weekday = [0.10, 0.00, -0.05, 0.00, 0.20];

    /// <summary>Indexed by <see cref="VisitFamily"/>.</summary>
    public static readonly double[] Family = [0.00, 0.40, -0.55, 0.15, -0.30, -0.50, -0.05, 0.25, -0.90, 0.10];

    public static double Age(int age) => age switch
    {
        < 25 => 0.60,
        < 35 => 0.45,
        < 50 => 0.15,
        < 67 => 0.00,
        < 80 => -0.25,
        _ => -0.05,
    };

    public static double Hour(int localHour) => localHour switch
    {
        < 9 => 0.15,
        < 12 => 0.00,
        < 14 => 0.05,
        _ => 0.20,
    };

    public static double Probability(in AppointmentDraft a, double latent, double priorNoShows, bool firstVisitEver, int age, bool digital, int weekday)
    {
        var logit = Intercept + latent
            + (PerPriorNoShow * Math.Min(priorNoShows, PriorNoShowCap))
            + (firstVisitEver ? FirstVisitEver : 0)
            + (PerLogLeadDay * Math.Log(1 + Math.Max(a.LeadDays, 0)))
            + Age(age)
            + (PerKm * Math.Min(a.DistanceKm, DistanceCapKm))
            + Weekday[weekday]
            + Hour(a.LocalMinute / 60)
            + Family[(int)a.VisitType.Family]
            + RegionCatalog.Departments[a.Department].NoShowEffect
            + (digital ? DigitalUser : 0)
            + (a.Reminder ? ReminderSent : 0)
            + a.Channel switch { 1 => SelfBooked, 2 => FastPass, _ => 0 };
        return 1 / (1 + Math.Exp(-logit));
    }

    /// <summary>Chance the appointment is cancelled (by patient or clinic): grows with lead time, about 10% overall.</summary>
    public static double Cancellation(double leadDays) => 0.05 + (0.018 * Math.Log(1 + Math.Max(leadDays, 0)));

    /// <summary>Chance the clinic moves the appointment (outcome rescheduled).</summary>
    public const double Rescheduling = 0.035;
}
