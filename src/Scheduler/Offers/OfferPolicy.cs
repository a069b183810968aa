using System.Globalization;

namespace Attendance.Scheduler.Offers;

/// <summary>
/// The rules and weights of the offer model (docs/scheduler.md). Loaded from a JSON policy file
/// (<see cref="OfferPolicyFile"/>); every property has a default, so an empty file <c>{}</c> is valid.
/// </summary>
public sealed record OfferPolicy
{
    /// <summary>How much earlier than the current booking a slot must be to count as a move.</summary>
    /// <value>Default 1 day.</value>
    public TimeSpan MinimumGain { get; init; } = TimeSpan.FromDays(1);

    /// <summary>Least time between now and the slot's start for a fast-pass offer (the patient must see and answer it).</summary>
    /// <value>Default 24 hours.</value>
    public TimeSpan FastPassNotice { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Least time between now and the slot's start for a phone offer (staff reach the patient at once).</summary>
    /// <value>Default 2 hours.</value>
    public TimeSpan PhoneNotice { get; init; } = TimeSpan.FromHours(2);

    /// <summary>Phone offers staff can make per department in one run (a run covers one working day of calls).</summary>
    /// <value>Default 20.</value>
    public int PhoneCallsPerDepartmentDay { get; init; } = 20;

    /// <summary>Least share of each department-day's free slots kept out of the digital channels (fast-pass and self-book tickets).</summary>
    /// <value>Default 0.20.</value>
    public double ReserveShare { get; init; } = 0.20;

    /// <summary>Longest estimated travel (km) for an offer; see <see cref="OtherSiteDetourKm"/>.</summary>
    /// <value>Default 100 km.</value>
    public double MaxTravelKm { get; init; } = 100;

    /// <summary>
    /// Added to an entry's <c>distance_km</c> when the slot's site is not among its preferred sites (the contract
    /// gives the distance to the patient's usual site only). Applies only to entries without a preferred-site list.
    /// </summary>
    /// <value>Default 30 km.</value>
    public double OtherSiteDetourKm { get; init; } = 30;

    /// <summary>Days gained beyond this count no more (a move of 90 days is not three times a move of 30).</summary>
    /// <value>Default 30 days.</value>
    public double DaysGainedCap { get; init; } = 30;

    /// <summary>For entries without a current booking: how long from now they would wait for a time otherwise.</summary>
    /// <value>Default 30 days (the assessment right).</value>
    public TimeSpan UnbookedWait { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Added when the new time meets <c>due_by</c> and the current booking (or having none) misses it.</summary>
    /// <value>Default 1000: larger than any move's own value (3 × 1 × 30 = 90), so a met deadline always wins.</value>
    public double DeadlineBonus { get; init; } = 1000;

    /// <summary>Triage weight of a vulnerable patient.</summary>
    /// <value>Default 3.</value>
    public double VulnerableWeight { get; init; } = 3;

    /// <summary>Triage weight of a patient with unchanged need.</summary>
    /// <value>Default 2.</value>
    public double UnchangedWeight { get; init; } = 2;

    /// <summary>Triage weight of a routine patient.</summary>
    /// <value>Default 1.</value>
    public double RoutineWeight { get; init; } = 1;

    /// <summary>No-show probability used when no score is known for the entry.</summary>
    /// <value>Default 0.10 (about the regions' marginal rate).</value>
    public double DefaultNoShowProbability { get; init; } = 0.10;

    /// <summary>
    /// Largest tie-break term, given to the longest-waiting entry of a department and falling linearly to 0 for the
    /// most recent one. Far below any real difference in value (the smallest move is worth about 0.1).
    /// </summary>
    /// <value>Default 0.001.</value>
    public double TieBreak { get; init; } = 0.001;

    /// <summary>Value of releasing one self-book ticket (a slot of a self-book block opened for booking in MinSP).</summary>
    /// <value>Default 1 (a routine patient gaining a day): a direct move worth more wins the slot.</value>
    public double SelfBookTicketValue { get; init; } = 1;

    /// <summary>Candidates kept per slot and channel, best first. Exact when at least the department's slot count.</summary>
    /// <value>Default 20: with the spread and augmentation of CandidateGenerator, within 0.03% of K = 30 and K = 160 on the 2k × 20k region-day at a third of the time (benchmarks/RESULTS.md).</value>
    public int CandidatesPerSlot { get; init; } = 20;

    /// <summary>Entries each fast-pass slot is broadcast to by the FCFS baseline.</summary>
    /// <value>Default 3.</value>
    public int BaselineBroadcastSize { get; init; } = 3;

    /// <summary>Time zone of the clinics: a slot's day (for reserves and deadlines) is its local date.</summary>
    /// <value>Default <c>Europe/Copenhagen</c>.</value>
    public string TimeZone { get; init; } = "Europe/Copenhagen";

    /// <summary>Departments the input may name; empty accepts every department in the files.</summary>
    /// <value>Default empty.</value>
    public IReadOnlyList<string> Departments { get; init; } = [];

    /// <summary>The policy with every default.</summary>
    public static OfferPolicy Default { get; } = new();

    /// <summary>The triage weight of <paramref name="triage"/>.</summary>
    public double WeightOf(Data.Contract.Triage triage) => triage switch
    {
        Data.Contract.Triage.Vulnerable => VulnerableWeight,
        Data.Contract.Triage.Unchanged => UnchangedWeight,
        _ => RoutineWeight,
    };

    /// <summary>The clinics' time zone.</summary>
    /// <exception cref="ArgumentException">The id is unknown on this machine.</exception>
    public TimeZoneInfo ResolveTimeZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ArgumentException($"time_zone: unknown time zone '{TimeZone}'", nameof(TimeZone), e);
        }
    }

    /// <summary>Throws when a setting is out of range; the message names the setting as written in the policy file.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public void Validate()
    {
        Require(MinimumGain >= TimeSpan.Zero, "minimum_gain", "must not be negative");
        Require(FastPassNotice >= TimeSpan.Zero, "fast_pass_notice", "must not be negative");
        Require(PhoneNotice >= TimeSpan.Zero, "phone_notice", "must not be negative");
        Require(PhoneCallsPerDepartmentDay >= 0, "phone_calls_per_department_day", "must not be negative");
        Require(ReserveShare is >= 0 and <= 1, "reserve_share", "must be in [0, 1]");
        Require(MaxTravelKm >= 0 && double.IsFinite(MaxTravelKm), "max_travel_km", "must be a non-negative number");
        Require(OtherSiteDetourKm >= 0 && double.IsFinite(OtherSiteDetourKm), "other_site_detour_km", "must be a non-negative number");
        Require(DaysGainedCap > 0 && double.IsFinite(DaysGainedCap), "days_gained_cap", "must be positive");
        Require(UnbookedWait >= TimeSpan.Zero, "unbooked_wait", "must not be negative");
        Require(DeadlineBonus >= 0 && double.IsFinite(DeadlineBonus), "deadline_bonus", "must be a non-negative number");
        Require(RoutineWeight > 0 && double.IsFinite(VulnerableWeight), "routine_weight", "must be positive");
        Require(UnchangedWeight >= RoutineWeight && double.IsFinite(UnchangedWeight), "unchanged_weight", "must be at least routine_weight");
        Require(VulnerableWeight >= UnchangedWeight && double.IsFinite(VulnerableWeight), "vulnerable_weight", "must be at least unchanged_weight");
        Require(DefaultNoShowProbability is >= 0 and < 1, "default_no_show_probability", "must be in [0, 1)");
        Require(TieBreak is >= 0 and <= 0.01, "tie_break", "must be in [0, 0.01] (a tie-break, not a value)");
        Require(SelfBookTicketValue >= 0 && double.IsFinite(SelfBookTicketValue), "self_book_ticket_value", "must be a non-negative number");
        Require(CandidatesPerSlot is >= 1 and <= 10_000, "candidates_per_slot", "must be in [1, 10000]");
        Require(BaselineBroadcastSize is >= 1 and <= 1000, "baseline_broadcast_size", "must be in [1, 1000]");
        ResolveTimeZone();
    }

    private static void Require(bool condition, string name, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name}: {message}"), name);
        }
    }
}
