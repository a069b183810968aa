using Attendance.Data.Contract;
using Attendance.Data.Rows;
using Attendance.Data.VisitTypes;
using Attendance.Scheduler.Inputs;

namespace Attendance.Scheduler.Offers;

/// <summary>
/// Eligibility and value of entry → slot moves at one moment (<see cref="Now"/>) under one policy
/// (docs/scheduler.md, "Eligibility" and "Value"). Thread-safe.
/// </summary>
public sealed class OfferRules
{
    private readonly VisitTypeHarmoniser _harmoniser;
    private readonly HashSet<string> _families;
    private readonly TimeZoneInfo _zone;
    private readonly long _fastPassNotice;
    private readonly long _phoneNotice;
    private readonly long _minimumGain;

    /// <param name="policy">Validated here.</param>
    /// <param name="harmoniser">Maps raw visit types to families.</param>
    /// <param name="now">The moment offers go out: notice and the unbooked wait count from it.</param>
    /// <param name="scores">No-show scores, or null for the policy default everywhere.</param>
    public OfferRules(OfferPolicy policy, VisitTypeHarmoniser harmoniser, DateTimeOffset now, ScoreTable? scores = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(harmoniser);
        policy.Validate();
        Policy = policy;
        _harmoniser = harmoniser;
        _families = new HashSet<string>(harmoniser.Families, StringComparer.Ordinal);
        _zone = policy.ResolveTimeZone();
        Now = now;
        NowMicros = UtcMicros.FromInstant(now);
        Scores = scores ?? ScoreTable.Empty;
        _fastPassNotice = ToMicros(policy.FastPassNotice);
        _phoneNotice = ToMicros(policy.PhoneNotice);
        _minimumGain = ToMicros(policy.MinimumGain);
    }

    /// <summary>The validated policy.</summary>
    public OfferPolicy Policy { get; }

    /// <summary>The moment offers go out.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>No-show scores by appointment id (empty when none were given).</summary>
    public ScoreTable Scores { get; }

    internal long NowMicros { get; }

    internal long MinimumGainMicros => _minimumGain;

    /// <summary>Why <paramref name="entry"/> cannot be offered <paramref name="slot"/>, or <see cref="Ineligibility.None"/>.</summary>
    public Ineligibility Check(Slot slot, WaitlistEntry entry) => Check(Prepare(slot), Prepare(entry, tieBreak: 0));

    /// <summary>The value of the move, whether or not it is eligible.</summary>
    public OfferEvaluation Evaluate(Slot slot, WaitlistEntry entry) => Evaluate(Prepare(slot), Prepare(entry, tieBreak: 0));

    /// <summary>The local date of an instant in the clinics' time zone.</summary>
    public DateOnly LocalDay(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, _zone).DateTime);

    internal PreparedSlot Prepare(Slot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        return new PreparedSlot(slot, FamilyOf(slot.VisitType), LocalDay(slot.StartAt), UtcMicros.FromInstant(slot.StartAt));
    }

    /// <param name="entry">The entry.</param>
    /// <param name="tieBreak">Its tie-break term (see <see cref="OfferPolicy.TieBreak"/>).</param>
    internal PreparedEntry Prepare(WaitlistEntry entry, double tieBreak)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var reference = entry.CurrentStartAt is { } current
            ? UtcMicros.FromInstant(current)
            : NowMicros + ToMicros(Policy.UnbookedWait);
        var noShow = Scores.TryGet(entry.CurrentBookingId, out var p) ? p : Policy.DefaultNoShowProbability;
        var currentMeets = entry.DueBy is { } due && entry.CurrentStartAt is { } start && LocalDay(start) <= due;
        return new PreparedEntry(
            entry,
            FamilyOf(entry.VisitType),
            entry.DigitalUser ? OfferChannel.FastPass : OfferChannel.Phone,
            reference,
            entry.EarliestAt is { } earliest ? UtcMicros.FromInstant(earliest) : long.MinValue,
            ParseSites(entry.PreferredSites),
            Policy.WeightOf(entry.Triage),
            1 - noShow,
            currentMeets,
            tieBreak);
    }

    /// <summary>The rules in the order of <see cref="Ineligibility"/>; cheap checks first.</summary>
    internal Ineligibility Check(PreparedSlot slot, PreparedEntry entry)
    {
        var s = slot.Row;
        var e = entry.Row;
        if (!string.Equals(s.Department, e.Department, StringComparison.Ordinal))
        {
            return Ineligibility.OtherDepartment;
        }

        if (s.Reserved == SlotReservation.Subacute)
        {
            return Ineligibility.Subacute;
        }

        if (s.Kind == SlotKind.SelfBook)
        {
            return Ineligibility.SelfBookTicket;
        }

        if (s.Reserved == SlotReservation.NonDigital && entry.Channel != OfferChannel.Phone)
        {
            return Ineligibility.NonDigitalSlot;
        }

        if (e.CurrentBookingId is not null && string.Equals(e.CurrentBookingId, s.SlotId, StringComparison.Ordinal))
        {
            return Ineligibility.AlreadyHeld;
        }

        return CheckFit(slot, entry);
    }

    /// <summary>The rules after department and reservations: family, duration, times, sites.</summary>
    internal Ineligibility CheckFit(PreparedSlot slot, PreparedEntry entry)
    {
        if (slot.Family is not null && entry.Family is not null && !string.Equals(slot.Family, entry.Family, StringComparison.Ordinal))
        {
            return Ineligibility.FamilyMismatch;
        }

        if (slot.Row.DurationMin < entry.Row.DurationMin)
        {
            return Ineligibility.TooShort;
        }

        if (slot.StartMicros < entry.EarliestMicros)
        {
            return Ineligibility.BeforeEarliest;
        }

        if (slot.StartMicros > entry.ReferenceMicros - _minimumGain)
        {
            return Ineligibility.TooLittleGain;
        }

        var notice = entry.Channel == OfferChannel.Phone ? _phoneNotice : _fastPassNotice;
        if (slot.StartMicros - NowMicros < notice)
        {
            return Ineligibility.TooLittleNotice;
        }

        var atPreferredSite = entry.PreferredSites is null || Array.IndexOf(entry.PreferredSites, slot.Row.Site) >= 0;
        if (entry.PreferredSites is not null && !atPreferredSite)
        {
            return Ineligibility.SiteNotPreferred;
        }

        // Without a preferred-site list the distance is to the patient's usual site; another site is a detour.
        return entry.Row.DistanceKm is { } km && km + (entry.PreferredSites is null ? Policy.OtherSiteDetourKm : 0) > Policy.MaxTravelKm
            ? Ineligibility.TooFar
            : Ineligibility.None;
    }

    internal OfferEvaluation Evaluate(PreparedSlot slot, PreparedEntry entry)
    {
        var days = (entry.ReferenceMicros - slot.StartMicros) / (double)UtcMicros.PerDay;
        bool? meets = entry.Row.DueBy is { } due ? slot.Day <= due : null;
        var makes = meets == true && !entry.CurrentMeetsDeadline;
        var value = (entry.Weight * entry.Attendance * Math.Clamp(days, 0, Policy.DaysGainedCap))
            + (makes ? Policy.DeadlineBonus : 0)
            + entry.TieBreak;
        return new OfferEvaluation(value, days, entry.Attendance, meets, makes);
    }

    /// <summary>Notice needed for a self-book ticket: the same as a fast-pass offer (the patient books in MinSP).</summary>
    internal bool HasTicketNotice(PreparedSlot slot) => slot.StartMicros - NowMicros >= _fastPassNotice;

    private string? FamilyOf(string? visitType)
    {
        if (string.IsNullOrWhiteSpace(visitType))
        {
            return null;
        }

        // The slots contract allows a family name in place of a raw visit type.
        return _families.Contains(visitType) ? visitType : _harmoniser.Map(visitType).Family;
    }

    private static string[]? ParseSites(string? sites)
    {
        if (string.IsNullOrWhiteSpace(sites))
        {
            return null;
        }

        var parts = sites.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 0 ? null : parts;
    }

    private static long ToMicros(TimeSpan span) => span.Ticks / 10;
}
