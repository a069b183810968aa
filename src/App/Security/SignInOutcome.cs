namespace Attendance.App.Security;

/// <summary>How a password sign-in ended. The page shows one message for every failure (no hint which names exist).</summary>
internal enum SignInOutcome
{
    Succeeded,
    Failed,
    LockedOut,
    Disabled,
}
