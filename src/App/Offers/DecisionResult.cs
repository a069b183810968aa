namespace Attendance.App.Offers;

/// <summary>How a decision on an offer ended.</summary>
internal enum DecisionResult
{
    /// <summary>The change was made.</summary>
    Done,

    /// <summary>No offer has that id.</summary>
    NotFound,

    /// <summary>Someone (or the expiry) decided first, or the offer changed since the page showed it: nothing changed.</summary>
    Stale,

    /// <summary>Another offer for the same slot was accepted first: nothing changed.</summary>
    SlotTaken,

    /// <summary>The offer's patient already accepted another slot (two suggestions for one entry can arise when a round and a "next candidate" overlap): nothing changed.</summary>
    PatientTaken,

    /// <summary>The action does not apply to this offer (e.g. keeping a phone offer's slot for phone booking).</summary>
    NotApplicable,
}
