using Attendance.Training.Reports;

namespace Attendance.App.Models;

/// <summary>The words of the three plots on a version's page, in the reader's language.</summary>
internal sealed record PlotTexts(PlotText Roc, PlotText Reliability, PlotText Lift);
