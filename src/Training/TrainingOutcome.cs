using Attendance.Training.Evaluation;

namespace Attendance.Training;

/// <summary>What <see cref="Trainer.Train"/> wrote and measured.</summary>
/// <param name="Directory">The artifact folder.</param>
/// <param name="Metrics">The content of metrics.json.</param>
/// <param name="Validation">The validation evaluation behind the report.</param>
public sealed record TrainingOutcome(string Directory, MetricsDocument Metrics, ModelEvaluation Validation);
