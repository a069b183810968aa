using Attendance.Training.Registry;

namespace Attendance.App.Models;

/// <summary>What came of a promotion request: the record when it happened, otherwise why not.</summary>
/// <param name="Record">The promotion, when it happened.</param>
/// <param name="Refusal">The comparison that found the challenger worse (not overridden).</param>
/// <param name="Problem">Any other reason it did not happen, ready to show.</param>
internal sealed record PromotionOutcome(PromotionRecord? Record, PromotionComparison? Refusal, string? Problem);
