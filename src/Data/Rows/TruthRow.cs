namespace Attendance.Data.Rows;

/// <summary>The generator's true no-show probability of one history or booking row.</summary>
public sealed record TruthRow(string AppointmentId, double NoShowProbability);
