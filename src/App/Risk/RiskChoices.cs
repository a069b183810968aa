namespace Attendance.App.Risk;

/// <summary>What a run's filters can choose from: its appointments' local days, sites and departments.</summary>
internal sealed record RiskChoices(IReadOnlyList<DateOnly> Days, IReadOnlyList<string> Sites, IReadOnlyList<string> Departments);
