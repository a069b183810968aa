namespace Attendance.Data.VisitTypes;

/// <summary>How a raw visit type name was mapped to its family.</summary>
public enum VisitTypeResolution
{
    /// <summary>The raw name is in the table as written.</summary>
    Exact,

    /// <summary>Found after normalising case, whitespace and punctuation.</summary>
    Normalised,

    /// <summary>Found after removing trailing minutes ("Kontrol 75"); the minutes become the duration.</summary>
    TrailingMinutes,

    /// <summary>Not in the table; a keyword rule of the table gave the family.</summary>
    Keyword,

    /// <summary>No rule applied: family <see cref="VisitTypeHarmoniser.UnknownFamily"/>.</summary>
    Unmapped,
}
