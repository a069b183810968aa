namespace Attendance.Scoring.Flags;

/// <summary>The outcome of <see cref="RiskFlagger.Decide"/>: one action per booking (<see cref="BookingAction.None"/> = not flagged).</summary>
/// <param name="Actions">Per booking, in input order.</param>
/// <param name="Flagged">Bookings flagged.</param>
/// <param name="Sessions">Clinic sessions (department × site × day × half-day) with scored bookings.</param>
/// <param name="SessionsOverDoubleBookThreshold">Sessions whose expected no-shows reached the double-book threshold.</param>
public sealed record FlagDecision(BookingAction[] Actions, long Flagged, int Sessions, int SessionsOverDoubleBookThreshold);
