using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Attendance.Parquet.Tests")]
[assembly: InternalsVisibleTo("Attendance.Benchmarks")]
