using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Attendance.App.Tests")]
[assembly: InternalsVisibleTo("Attendance.Benchmarks")]
