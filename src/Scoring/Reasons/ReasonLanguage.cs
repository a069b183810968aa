namespace Attendance.Scoring.Reasons;

/// <summary>The language of reason texts.</summary>
public enum ReasonLanguage
{
    /// <summary>Danish (da): the planners' language, the default.</summary>
    Danish,

    /// <summary>English (en).</summary>
    English,
}
