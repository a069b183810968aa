namespace Attendance.Training.Reports;

/// <summary>The words of one plot, in the reader's language; every one is encoded when written into the SVG.</summary>
/// <param name="Title">Heading inside the plot, also its accessible name (<c>&lt;title&gt;</c>).</param>
/// <param name="Description">What the plot shows, for screen readers (<c>&lt;desc&gt;</c>).</param>
/// <param name="XLabel">Horizontal axis.</param>
/// <param name="YLabel">Vertical axis.</param>
public sealed record PlotText(string Title, string Description, string XLabel, string YLabel);
