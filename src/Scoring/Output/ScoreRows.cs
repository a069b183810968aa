using Attendance.Scoring.Flags;

namespace Attendance.Scoring.Output;

/// <summary>A block of scores-file rows, by column; reasons hold <see cref="Reasons.ReasonPicker.Count"/> values per row.</summary>
internal readonly ref struct ScoreRows
{
    public ReadOnlySpan<string?> AppointmentIds { get; init; }

    public ReadOnlySpan<string?> PatientIds { get; init; }

    public ReadOnlySpan<long> Starts { get; init; }

    public ReadOnlySpan<string?> Sites { get; init; }

    public ReadOnlySpan<string?> Departments { get; init; }

    public ReadOnlySpan<float> Probabilities { get; init; }

    public ReadOnlySpan<RiskBand> Bands { get; init; }

    public ReadOnlySpan<BookingAction> Actions { get; init; }

    public ReadOnlySpan<string?> ReasonTexts { get; init; }

    public ReadOnlySpan<float> ReasonContributions { get; init; }
}
