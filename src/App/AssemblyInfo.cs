using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Attendance.App.Tests")]
