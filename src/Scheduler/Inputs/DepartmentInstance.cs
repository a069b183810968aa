namespace Attendance.Scheduler.Inputs;

/// <summary>One department's part of an instance: an independent subproblem (no rule links departments).</summary>
/// <param name="Name">Department code.</param>
/// <param name="Slots">Indices into the instance's slots, by start then id.</param>
/// <param name="Entries">Indices into the instance's entries, in registration (input) order.</param>
internal sealed record DepartmentInstance(string Name, int[] Slots, int[] Entries);
