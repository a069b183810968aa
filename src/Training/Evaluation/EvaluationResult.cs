using Attendance.Training.Sets;

namespace Attendance.Training.Evaluation;

/// <summary>A model's evaluation on a history, with what the input held that needed a warning.</summary>
public sealed record EvaluationResult(ModelEvaluation Evaluation, HistoryWarnings Warnings);
