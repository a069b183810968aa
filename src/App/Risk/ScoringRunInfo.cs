namespace Attendance.App.Risk;

/// <summary>A nightly scoring run as <c>scoring_runs</c> records it: the scored day, the model and the moment scored as of.</summary>
internal sealed record ScoringRunInfo(DateOnly Date, string ModelVersion, DateTimeOffset AsOf);
