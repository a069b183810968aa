namespace Attendance.App.Jobs.Models;

/// <summary>One calibration check as the store keeps it (<c>calibration_checks</c>).</summary>
/// <param name="Date">The day checked (yyyy-MM-dd).</param>
/// <param name="Degraded">Whether the ECE exceeded the champion's validation ECE by more than the tolerance.</param>
/// <param name="Summary">The finding in one line.</param>
internal sealed record CalibrationCheck(string Date, bool Degraded, string Summary);
