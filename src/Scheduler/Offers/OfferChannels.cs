namespace Attendance.Scheduler.Offers;

/// <summary>Wire names of <see cref="OfferChannel"/>.</summary>
public static class OfferChannels
{
    /// <summary>The wire name of a channel.</summary>
    public static string WireName(OfferChannel channel) => channel switch
    {
        OfferChannel.FastPass => "fast_pass",
        OfferChannel.Phone => "phone",
        OfferChannel.SelfBook => "self_book",
        _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    };

    /// <summary>True for the channels that reach digital patients and so count against the per-day reserve.</summary>
    public static bool IsDigital(OfferChannel channel) => channel is OfferChannel.FastPass or OfferChannel.SelfBook;
}
