using Attendance.Data.Batches;
using Attendance.Data.Contract;
using Attendance.Data.VisitTypes;
using Attendance.Model.Features;

namespace Attendance.Training.Sets;

/// <summary>
/// Builds a <see cref="LabelledSet"/> from history batches streamed in any order. Pass 1 (<see cref="Add"/>)
/// writes each labelled row's appointment features and keeps a compact record of every row (patient,
/// times, outcome). <see cref="Finish"/> then sweeps the cut-offs (start_at − horizon) in time order,
/// folding each past outcome into its patient's <see cref="PatientHistoryState"/> as soon as it ended
/// strictly before the current cut-off, and writes the history features with the same
/// <see cref="FeatureBuilder"/> code the scorer uses.
/// </summary>
public sealed class LabelledSetBuilder
{
    private readonly Func<IReadOnlyList<ExtraColumn>, FeatureBuilder> createBuilder;
    private readonly VisitTypeHarmoniser harmoniser;
    private readonly PatientIndex patients = new();
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);
    private readonly List<int> patientOf = [];
    private readonly List<long> bookedAt = [];
    private readonly List<long> startAt = [];
    private readonly List<long> endAt = [];
    private readonly List<Outcome> outcomes = [];
    private readonly List<int> matrixRow = [];
    private readonly List<float> labels = [];
    private readonly List<long> labelledStarts = [];
    private readonly HistoryWarnings warnings = new();
    private float[] matrix = new float[4096];
    private FeatureBuilder? builder;

    private LabelledSetBuilder(Func<IReadOnlyList<ExtraColumn>, FeatureBuilder> createBuilder, VisitTypeHarmoniser harmoniser)
    {
        this.createBuilder = createBuilder;
        this.harmoniser = harmoniser;
    }

    /// <summary>For training: the draft columns (built-ins and the first batch's extras) with growing vocabularies.</summary>
    /// <param name="settings">History settings (horizon, window, memory); its features are replaced by the draft.</param>
    /// <param name="harmoniser">The visit-type table.</param>
    public static LabelledSetBuilder ForTraining(FeatureSpec settings, VisitTypeHarmoniser harmoniser)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new(extras => FeatureBuilder.ForFitting(
            settings with { Features = FeatureCatalog.Draft(extras.Where(e => e.Type != FieldType.Timestamp).Select(e => (e.Name, e.Type == FieldType.String))) },
            harmoniser), harmoniser);
    }

    /// <summary>For evaluation: a trained model's columns and vocabularies.</summary>
    public static LabelledSetBuilder ForModel(FeatureSpec spec, VisitTypeHarmoniser harmoniser) => new(_ => new FeatureBuilder(spec, harmoniser), harmoniser);

    /// <summary>The builder of pass 1 (null before the first batch).</summary>
    public FeatureBuilder? Builder => builder;

    /// <summary>History rows kept so far.</summary>
    public int RowCount => patientOf.Count;

    /// <summary>Labelled rows so far.</summary>
    public int LabelledCount => labels.Count;

    /// <summary>Reads one batch of <c>history</c> rows; the batch may be reused afterwards.</summary>
    public void Add(TableBatch history)
    {
        ArgumentNullException.ThrowIfNull(history);
        builder ??= createBuilder(history.Extras);
        var appointmentIds = history.Get<string?>(Columns.AppointmentId).Values;
        var patientIds = history.Get<string?>(Columns.PatientId).Values;
        var booked = history.Get<long>(Columns.BookedAt).Values;
        var starts = history.Get<long>(Columns.StartAt).Values;
        var outcomeText = history.Get<string?>(Columns.Outcome).Values;
        var durations = history.Find<int>(Columns.DurationMin);
        var selected = new List<int>();
        for (var row = 0; row < history.Count; row++)
        {
            warnings.RowsRead++;
            if (!ids.Add(appointmentIds[row]!))
            {
                warnings.DuplicateIds++;
                continue;
            }

            if (!WireNames.TryParse<Outcome>(outcomeText[row], out var outcome))
            {
                throw new InvalidDataException($"{history.SourcePath}: row {history.FirstRow + row}: outcome \"{outcomeText[row]}\" is not one of {string.Join(", ", WireNames.Outcome)}");
            }

            patientOf.Add(patients.GetOrAdd(patientIds[row]!));
            bookedAt.Add(booked[row]);
            startAt.Add(starts[row]);
            endAt.Add(AppointmentTime.EndMicros(starts[row], durations is null || durations.IsNull(row) ? null : durations.Values[row]));
            outcomes.Add(outcome);
            var isLabel = outcome is Outcome.Attended or Outcome.NoShow;
            matrixRow.Add(isLabel ? labels.Count + selected.Count : -1);
            if (isLabel)
            {
                selected.Add(row);
            }
        }

        var first = labels.Count;
        foreach (var row in selected)
        {
            labels.Add(WireNames.Outcome[1] == outcomeText[row] ? 1 : 0);
            labelledStarts.Add(starts[row]);
        }

        var columns = builder.Columns;
        if (matrix.Length < labels.Count * columns)
        {
            Array.Resize(ref matrix, Math.Max(labels.Count * columns, matrix.Length * 2));
        }

        builder.WriteAppointmentFeatures(history, selected.ToArray(), matrix.AsSpan(first * columns, selected.Count * columns));
    }

    /// <summary>The start of every labelled row so far (UTC micros), in row order.</summary>
    public ReadOnlySpan<long> LabelledStarts => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(labelledStarts);

    /// <summary>The labels so far.</summary>
    public ReadOnlySpan<float> Labels => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(labels);

    /// <summary>The matrix written so far (labelled rows × columns), for fitting vocabularies in place.</summary>
    public Span<float> Matrix => matrix.AsSpan(0, labels.Count * (builder?.Columns ?? 0));

    /// <summary>
    /// Writes the history features of every labelled row under <paramref name="spec"/> (the final spec: same
    /// columns as pass 1, vocabularies and prior rate settled) and returns the set.
    /// </summary>
    public LabelledSet Finish(FeatureSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var history = new FeatureBuilder(spec, harmoniser);
        if (builder is not null && history.Columns != builder.Columns)
        {
            throw new InvalidOperationException("The final spec must keep the columns of pass 1.");
        }

        Sweep(spec, history);
        CollectWarnings();
        return new LabelledSet(spec, matrix, [.. labels], [.. labelledStarts], warnings);
    }

    private void Sweep(FeatureSpec spec, FeatureBuilder history)
    {
        var n = patientOf.Count;
        var upcoming = new UpcomingBookings(spec);
        for (var i = 0; i < n; i++)
        {
            upcoming.Add(patientOf[i], bookedAt[i], startAt[i], i);
        }

        upcoming.Freeze();
        var byEnd = Enumerable.Range(0, n).ToArray();
        Array.Sort(endAt.ToArray(), byEnd);
        var queries = Enumerable.Range(0, n).Where(i => matrixRow[i] >= 0).ToArray();
        Array.Sort(queries.Select(i => AppointmentTime.TrainingCutoff(startAt[i], spec.Horizon)).ToArray(), queries);

        var states = new PatientHistoryState[patients.Count];
        var memoryMicros = spec.NoShowMemoryDays * UtcMicros.PerDay;
        var columns = history.Columns;
        var next = 0;
        foreach (var q in queries)
        {
            var cutoff = AppointmentTime.TrainingCutoff(startAt[q], spec.Horizon);
            // The as-of rule: only outcomes that ended strictly before the cut-off.
            for (; next < n && AppointmentTime.IsKnownAt(endAt[byEnd[next]], cutoff); next++)
            {
                var past = byEnd[next];
                states[patientOf[past]].Add(endAt[past], outcomes[past], memoryMicros);
            }

            var patient = patientOf[q];
            history.WriteHistoryFeatures(states[patient], cutoff, upcoming.Count(patient, cutoff, q), matrix.AsSpan(matrixRow[q] * columns, columns));
        }
    }

    private void CollectWarnings()
    {
        if (builder is null)
        {
            return;
        }

        warnings.BookedAfterStart = builder.Stats.BookedAfterStart;
        warnings.UnknownVisitTypes = builder.Stats.UnknownVisitTypes;
        warnings.UnknownVisitTypeNames = [.. builder.VisitTypes.Unmapped.Take(5).Select(e => $"\"{e.RawName}\" ({e.Count})")];
        foreach (var (name, count) in builder.Stats.UnseenCategories)
        {
            warnings.UnseenCategories[name] = count;
        }

        foreach (var name in builder.Stats.MissingColumns.Order(StringComparer.Ordinal))
        {
            warnings.MissingColumns.Add(name);
        }
    }
}
