using Attendance.Scoring.Reasons;

namespace Attendance.Scoring.Pipeline;

/// <summary>The reasons of the flagged bookings, in input order: <see cref="ReasonPicker.Count"/> texts and contributions per flagged booking (null text: none).</summary>
/// <param name="Rows">The flagged bookings' indices, ascending.</param>
/// <param name="Texts">Rows × <see cref="ReasonPicker.Count"/>.</param>
/// <param name="Contributions">Rows × <see cref="ReasonPicker.Count"/>, log-odds.</param>
internal sealed record FlaggedReasons(int[] Rows, string?[] Texts, float[] Contributions);
