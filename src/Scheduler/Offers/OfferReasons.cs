using System.Globalization;
using Attendance.Data.Contract;
using Attendance.Data.Rows;

namespace Attendance.Scheduler.Offers;

/// <summary>The reason text of an offer: what made this move valuable and how it ranked.</summary>
internal static class OfferReasons
{
    public static string ForMove(WaitlistEntry entry, OfferEvaluation evaluation, int rank, int considered, OfferPolicy policy, bool baseline)
    {
        var parts = new List<string> { WireNames.Of(entry.Triage) };
        if (evaluation.MakesDeadline)
        {
            parts.Add(entry.CurrentStartAt is null
                ? $"meets due_by {Date(entry.DueBy)} (no time booked yet)"
                : $"meets due_by {Date(entry.DueBy)} that the current booking misses");
        }

        parts.Add(entry.CurrentStartAt is null
            ? Inv($"{evaluation.DaysGained:0.#} days before the assumed wait")
            : Inv($"{evaluation.DaysGained:0.#} days earlier than now booked"));
        if (evaluation.DaysGained > policy.DaysGainedCap)
        {
            parts[^1] += string.Create(CultureInfo.InvariantCulture, $" (counted as {policy.DaysGainedCap:0.#})");
        }

        parts.Add(string.Create(CultureInfo.InvariantCulture, $"expected attendance {evaluation.ExpectedAttendance:0.00}"));
        parts.Add(baseline
            ? $"baseline broadcast: {Ordinal(rank)} eligible digital entry by registration"
            : rank == 1
                ? Inv($"best of {considered} candidates considered for this slot")
                : Inv($"{Ordinal(rank)} of {considered} candidates considered for this slot (better ones serve other slots or limits)"));
        return string.Join("; ", parts);
    }

    public static string ForTicket(OfferPolicy policy) => string.Create(CultureInfo.InvariantCulture,
        $"self-book ticket: digital capacity left within the {policy.ReserveShare:P0} reserve and no move worth more than {policy.SelfBookTicketValue:0.##}");

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Ordinal(int n) => Inv($"{n}") + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch
    {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    });

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);
}
