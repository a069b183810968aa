namespace Attendance.App.Cli;

/// <summary>
/// A failure the user can fix (bad input file, wrong option). The CLI prints its message as one line
/// and exits non-zero, without a stack trace.
/// </summary>
internal sealed class UserFacingException(string message, Exception? inner = null) : Exception(message, inner);
