namespace Attendance.Scheduler.Inputs;

/// <summary>
/// No-show probabilities of upcoming bookings by <c>appointment_id</c> (the scorer's output). An entry's
/// expected attendance at the new time is taken from the score of the booking it holds now: the scores describe
/// the patient and the visit, which a move keeps (see docs/scheduler.md for what this leaves out).
/// </summary>
public sealed class ScoreTable
{
    private readonly Dictionary<string, double> _byAppointment;

    /// <summary>Scores keyed by appointment id; every probability must be in [0, 1].</summary>
    /// <exception cref="ArgumentException">A probability is outside [0, 1] or NaN.</exception>
    public ScoreTable(IReadOnlyDictionary<string, double> byAppointment)
    {
        ArgumentNullException.ThrowIfNull(byAppointment);
        _byAppointment = new Dictionary<string, double>(byAppointment, StringComparer.Ordinal);
        foreach (var (id, p) in _byAppointment)
        {
            if (!(p is >= 0 and <= 1))
            {
                throw new ArgumentException($"the no-show probability of appointment {id} is not in [0, 1]", nameof(byAppointment));
            }
        }
    }

    /// <summary>A table without scores: every entry gets the policy default.</summary>
    public static ScoreTable Empty { get; } = new(new Dictionary<string, double>());

    /// <summary>Number of scored appointments.</summary>
    public int Count => _byAppointment.Count;

    /// <summary>The no-show probability of an appointment, when scored.</summary>
    public bool TryGet(string? appointmentId, out double probability)
    {
        probability = 0;
        return appointmentId is not null && _byAppointment.TryGetValue(appointmentId, out probability);
    }
}
