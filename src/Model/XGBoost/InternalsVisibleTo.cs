using System.Runtime.CompilerServices;

// The evaluation-line parser is internal but worth testing on its own.
[assembly: InternalsVisibleTo("Attendance.Model.Tests")]
