namespace Attendance.Scoring.Reasons;

/// <summary>One factor that raised a booking's risk.</summary>
/// <param name="Feature">Column of the feature matrix.</param>
/// <param name="Contribution">Its SHAP contribution in log-odds (margin) space; positive.</param>
public readonly record struct Reason(int Feature, float Contribution);
