namespace Attendance.Scheduler.Optimisation;

/// <summary>The candidates of one department, grouped by slot and best first within a slot.</summary>
/// <param name="Department">The department's part of the instance.</param>
/// <param name="Columns">Candidates; those of one slot are contiguous, by value descending.</param>
/// <param name="Restricted">True when the candidate scan cut entries and K is below the department's slot count (the optimum may then be missed; see CandidateGenerator).</param>
internal sealed record DepartmentCandidates(Inputs.DepartmentInstance Department, Candidate[] Columns, bool Restricted);
