namespace Attendance.Scheduler.Optimisation;

/// <summary>The candidates of one department, grouped by slot and best first within a slot.</summary>
/// <param name="Department">The department's part of the instance.</param>
/// <param name="Columns">Candidates; those of one slot are contiguous, by value descending.</param>
/// <param name="Eligible">Per instance slot index of this department: eligible entries before pruning.</param>
/// <param name="Restricted">True when some slot had more eligible entries in a channel than the policy keeps (the optimum may then be missed; see docs/scheduler.md).</param>
internal sealed record DepartmentCandidates(Inputs.DepartmentInstance Department, Candidate[] Columns, Dictionary<int, int> Eligible, bool Restricted);
