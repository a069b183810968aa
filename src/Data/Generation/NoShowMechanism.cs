namespace Attendance.Data.Generation;

/// <summary>
/// The generator's true no-show probability, a logistic model (documented in data/SCHEMA.md, keep both in step):
/// logit p = intercept + patient latent + prior no-shows + first visit ever + lead time + age + distance
///         + weekday + hour + visit family + department + digital user + reminder + booking channel.
/// Most of the signal is observable on purpose: the latent part is small, so a model trained on enough history can
/// come close to the Bayes-optimal AUC of the truth (issue 4), which stays realistic (0.75–0.85) through the
/// observable drivers, prior no-shows the strongest per unit.
/// </summary>
internal static class NoShowMechanism
{
    /// <summary>Sets the base rate: about 5% no-shows among attended and no-show rows.</summary>
    public const double Intercept = -4.90;

    /// <summary>
    /// Sd of the patient's latent propensity on the logit. Small on purpose: no model sees it except through the
    /// patient's few past outcomes, so it is AUC the truth has and a model cannot have. Model AUC below Bayes on 1M
    /// rows (benchmarks/RESULTS.md, Training): sd 0.35 0.009, 0.20 0.006, 0.15 0.005, 0 still 0.003 (fit error).
    /// </summary>
    public const double LatentSd = 0.15;

    /// <summary>
    /// Per (fading) earlier no-show, the strongest driver. Capped at <see cref="PriorNoShowCap"/> because no-shows
    /// feed back into later ones: 1.40 with a cap of 3 ran away to a 7% base rate.
    /// </summary>
    public const double PerPriorNoShow = 1.25;
    public const double PriorNoShowCap = 2;

    /// <summary>A no-show's weight decays as exp(-days / this).</summary>
    public const double PriorNoShowMemoryDays = 365;
    public const double FirstVisitEver = 0.30;
    public const double PerLogLeadDay = 0.50;
    public const double PerKm = 0.016;
    public const double DistanceCapKm = 120;
    public const double DigitalUser = -0.55;
    public const double ReminderSent = -0.70;
    public const double SelfBooked = -0.55;
    public const double FastPass = -0.30;

    /// <summary>Monday .. Friday.</summary>
    public static readonly double[] Weekday = [0.25, 0.00, -0.10, 0.00, 0.40];

    /// <summary>Indexed by <see cref="VisitFamily"/>.</summary>
    public static readonly double[] Family = [0.00, 0.75, -1.00, 0.30, -0.60, -0.90, -0.10, 0.45, -1.20, 0.20];

    public static double Age(int age) => age switch
    {
        < 25 => 1.10,
        < 35 => 0.80,
        < 50 => 0.25,
        < 67 => 0.00,
        < 80 => -0.40,
        _ => -0.10,
    };

    public static double Hour(int localHour) => localHour switch
    {
        < 9 => 0.30,
        < 12 => 0.00,
        < 14 => 0.10,
        _ => 0.40,
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
