namespace Attendance.Scheduler.Simulation;

/// <summary>The calibrated acceptance model and each policy's outcome.</summary>
public sealed record SimulationReport(AcceptanceModel Acceptance, IReadOnlyList<PolicyOutcome> Outcomes);
