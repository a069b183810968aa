namespace Attendance.Data.Generation;

/// <summary>How far the generator has come.</summary>
public readonly record struct GenerationProgress(int PatientsDone, int PatientsTotal, long HistoryRows);
