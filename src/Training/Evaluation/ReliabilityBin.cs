namespace Attendance.Training.Evaluation;

/// <summary>One bin of a reliability curve.</summary>
/// <param name="From">Lower edge of the bin's probability range.</param>
/// <param name="To">Upper edge.</param>
/// <param name="Rows">Rows in the bin.</param>
/// <param name="MeanPrediction">Mean predicted probability in the bin.</param>
/// <param name="ObservedRate">Share of positives in the bin.</param>
public sealed record ReliabilityBin(double From, double To, long Rows, double MeanPrediction, double ObservedRate);
