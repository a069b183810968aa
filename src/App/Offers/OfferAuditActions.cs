namespace Attendance.App.Offers;

/// <summary>What the audit log records of the offers page's decisions (subject: the offer id).</summary>
internal static class OfferAuditActions
{
    public const string Accept = "offer.accept";
    public const string Reject = "offer.reject";
    public const string Next = "offer.next_candidate";
    public const string KeepNonDigital = "offer.keep_non_digital";
}
