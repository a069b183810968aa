namespace Attendance.Scheduler.Simulation;

/// <summary>What one policy achieved over the simulated days.</summary>
/// <param name="Policy">Name.</param>
/// <param name="OfferableSlots">Slots that could be given away (not subacute), freed ones from the cascade included.</param>
/// <param name="SlotsOffered">Slots that received at least one offer.</param>
/// <param name="Filled">Slots filled by an accepted offer.</param>
/// <param name="OffersSent">Offers sent (a broadcast to three counts three).</param>
/// <param name="DaysGained">Sum of days gained by the moves.</param>
/// <param name="DeadlinesMade">Moves that met a due_by the old booking missed.</param>
/// <param name="FilledByNonDigital">Filled slots that went to non-digital patients (phone).</param>
/// <param name="CascadeSlots">Slots freed by accepted moves and offered on.</param>
public sealed record PolicyOutcome(string Policy, int OfferableSlots, int SlotsOffered, int Filled, int OffersSent, double DaysGained, int DeadlinesMade, int FilledByNonDigital, int CascadeSlots)
{
    /// <summary>Filled / offerable slots.</summary>
    public double FillRate => OfferableSlots == 0 ? 0 : Filled / (double)OfferableSlots;

    /// <summary>Filled / slots offered (the field's "slots filled").</summary>
    public double FilledOfOffered => SlotsOffered == 0 ? 0 : Filled / (double)SlotsOffered;

    /// <summary>Offers sent per slot offered (the field's "offers per slot").</summary>
    public double OffersPerOfferedSlot => SlotsOffered == 0 ? 0 : OffersSent / (double)SlotsOffered;

    /// <summary>Accepted (winning) offers / offers sent.</summary>
    public double AcceptedShare => OffersSent == 0 ? 0 : Filled / (double)OffersSent;

    /// <summary>Offers sent per filled slot.</summary>
    public double OffersPerFill => Filled == 0 ? double.NaN : OffersSent / (double)Filled;

    /// <summary>Share of filled slots that reached non-digital patients.</summary>
    public double NonDigitalShare => Filled == 0 ? 0 : FilledByNonDigital / (double)Filled;
}
