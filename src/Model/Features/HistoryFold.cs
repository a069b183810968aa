using Attendance.Data.Batches;
using Attendance.Data.Contract;

namespace Attendance.Model.Features;

/// <summary>
/// Scoring's view of the past: the history folded, row group by row group, into one
/// <see cref="PatientHistoryState"/> per patient as of a fixed moment. Memory grows with patients, not
/// rows; with <c>addNewPatients: false</c> it is bounded by the patients already in the index (for
/// example those of the bookings being scored).
/// </summary>
public sealed class HistoryFold
{
    private readonly double memoryMicros;
    private readonly bool addNewPatients;
    private PatientHistoryState[] states = new PatientHistoryState[1024];

    /// <param name="spec">The model's feature specification (history settings).</param>
    /// <param name="asOfMicros">The cut-off: the moment of scoring, UTC micros.</param>
    /// <param name="patients">The patient ids to use (shared with <see cref="UpcomingBookings"/>).</param>
    /// <param name="addNewPatients">False: rows of patients not yet in <paramref name="patients"/> are skipped.</param>
    public HistoryFold(FeatureSpec spec, long asOfMicros, PatientIndex patients, bool addNewPatients = true)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(patients);
        AsOfMicros = asOfMicros;
        Patients = patients;
        this.addNewPatients = addNewPatients;
        memoryMicros = spec.NoShowMemoryDays * UtcMicros.PerDay;
    }

    /// <summary>The cut-off.</summary>
    public long AsOfMicros { get; }

    /// <summary>The patient ids.</summary>
    public PatientIndex Patients { get; }

    /// <summary>History rows folded in.</summary>
    public long RowsFolded { get; private set; }

    /// <summary>History rows left out because they had not ended before the cut-off (or belong to skipped patients).</summary>
    public long RowsSkipped { get; private set; }

    /// <summary>Folds in a batch of <c>history</c> rows; the batch may be reused afterwards.</summary>
    public void Add(TableBatch history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var patientIds = history.Get<string?>(Columns.PatientId).Values;
        var starts = history.Get<long>(Columns.StartAt).Values;
        var outcomes = history.Get<string?>(Columns.Outcome).Values;
        var durations = history.Find<int>(Columns.DurationMin);
        // Extracts often hold a patient's rows together, and a dictionary-decoded outcome column repeats one string
        // instance per value: the previous row's patient and outcome are reused instead of looked up again.
        string? lastPatientId = null, lastOutcomeText = null;
        int lastPatient = -1;
        var lastOutcome = default(Outcome);
        var lastParsed = false;
        for (var row = 0; row < history.Count; row++)
        {
            var end = AppointmentTime.EndMicros(starts[row], durations is null || durations.IsNull(row) ? null : durations.Values[row]);
            if (!AppointmentTime.IsKnownAt(end, AsOfMicros))
            {
                RowsSkipped++;
                continue;
            }

            var patientId = patientIds[row]!;
            if (!string.Equals(patientId, lastPatientId, StringComparison.Ordinal))
            {
                lastPatient = addNewPatients ? Patients.GetOrAdd(patientId) : Patients.Find(patientId);
                lastPatientId = patientId;
            }

            if (!ReferenceEquals(outcomes[row], lastOutcomeText))
            {
                lastParsed = WireNames.TryParse(outcomes[row], out lastOutcome);
                lastOutcomeText = outcomes[row];
            }

            var patient = lastPatient;
            if (patient < 0 || !lastParsed)
            {
                RowsSkipped++;
                continue;
            }

            if (patient >= states.Length)
            {
                Array.Resize(ref states, Math.Max(patient + 1, states.Length * 2));
            }

            states[patient].Add(end, lastOutcome, memoryMicros);
            RowsFolded++;
        }
    }

    /// <summary>The state of a patient id from <see cref="Patients"/> (empty for a first-timer).</summary>
    public PatientHistoryState StateOf(int patient) => patient >= 0 && patient < states.Length ? states[patient] : default;
}
