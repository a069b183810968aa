using Attendance.App.Cli;

return await AttendanceCli.RunAsync(args);

/// <summary>Entry point type, public so web tests can host the app (WebApplicationFactory).</summary>
public partial class Program;
