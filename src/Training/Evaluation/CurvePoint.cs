namespace Attendance.Training.Evaluation;

/// <summary>A point of a ROC (x = false positive rate, y = true positive rate) or precision-recall curve (x = recall, y = precision).</summary>
public readonly record struct CurvePoint(double X, double Y);
