using Attendance.Data.Batches;
using Attendance.Data.Contract;
using Col = Attendance.Data.Contract.Columns;
using Attendance.Data.VisitTypes;

namespace Attendance.Model.Features;

/// <summary>
/// Writes the feature matrix (row-major floats, NaN = missing) of a <see cref="FeatureSpec"/>: the one
/// code path of training and scoring. Appointment features are written column by column from a
/// <see cref="TableBatch"/>; history features row by row from a <see cref="PatientHistoryState"/> as of a
/// cut-off. Nothing is allocated per row. Not thread-safe (it counts into <see cref="Stats"/>).
/// </summary>
public sealed partial class FeatureBuilder
{
    private readonly FeatureSource[] sources;
    private readonly CategoryCodes?[] vocabularies;
    private readonly int[] historyColumns;
    private readonly VisitTypeHarmoniser harmoniser;
    private readonly double memoryMicros;

    /// <summary>A builder for scoring and evaluation: vocabularies are closed, unseen values are missing and counted.</summary>
    /// <exception cref="FeatureSpecException">The spec is inconsistent.</exception>
    public FeatureBuilder(FeatureSpec spec, VisitTypeHarmoniser harmoniser)
        : this(spec, harmoniser, growVocabularies: false)
    {
    }

    private FeatureBuilder(FeatureSpec spec, VisitTypeHarmoniser harmoniser, bool growVocabularies)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(harmoniser);
        spec.Validate("feature specification");
        Spec = spec;
        this.harmoniser = harmoniser;
        memoryMicros = spec.NoShowMemoryDays * UtcMicros.PerDay;
        sources = [.. spec.Features.Select(f => FeatureCatalog.SourceOf(f.Name))];
        vocabularies = [.. spec.Features.Select(f => f.Categories is { } c ? new CategoryCodes(c, growVocabularies) : null)];
        historyColumns = [.. Enumerable.Range(0, sources.Length).Where(i => FeatureCatalog.IsHistory(sources[i]))];
        Stats = new FeatureBuildStats(spec.Names);
    }

    /// <summary>The specification the matrix follows.</summary>
    public FeatureSpec Spec { get; }

    /// <summary>Values per row.</summary>
    public int Columns => sources.Length;

    /// <summary>What the input held that the model cannot use (counts).</summary>
    public FeatureBuildStats Stats { get; }

    /// <summary>Visit type names that were not exact matches of the table.</summary>
    public VisitTypeReport VisitTypes { get; } = new();

    /// <summary>
    /// A builder for training's first pass: vocabularies of data-driven categoricals grow as values
    /// appear; <see cref="CategoriesOf"/> then gives the codes handed out.
    /// </summary>
    public static FeatureBuilder ForFitting(FeatureSpec draft, VisitTypeHarmoniser harmoniser) => new(draft, harmoniser, growVocabularies: true);

    /// <summary>The categories of a categorical column, code i at index i (null for quantitative columns).</summary>
    public IReadOnlyList<string>? CategoriesOf(int column) => vocabularies[column]?.Categories;

    /// <summary>
    /// Scoring: the full rows of every booking in <paramref name="bookings"/> into
    /// <paramref name="destination"/> (batch.Count × <see cref="Columns"/>), history as of the fold's cut-off.
    /// </summary>
    /// <param name="bookings">A batch of <c>bookings</c> (or <c>history</c>) rows.</param>
    /// <param name="history">The patients' history folded as of the moment of scoring.</param>
    /// <param name="upcoming">All bookings, frozen, added with the same <see cref="PatientIndex"/> as <paramref name="history"/>; keys as given when they were added.</param>
    /// <param name="firstKey">The key of the batch's first row in <paramref name="upcoming"/>.</param>
    /// <param name="destination">Receives the matrix.</param>
    public void Build(TableBatch bookings, HistoryFold history, UpcomingBookings upcoming, long firstKey, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(bookings);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(upcoming);
        var rows = new int[bookings.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = i;
        }

        WriteAppointmentFeatures(bookings, rows, destination);
        var patientIds = bookings.Get<string?>(Col.PatientId).Values;
        for (var row = 0; row < rows.Length; row++)
        {
            var patient = history.Patients.Find(patientIds[row]!);
            WriteHistoryFeatures(
                history.StateOf(patient),
                history.AsOfMicros,
                upcoming.Count(patient, history.AsOfMicros, firstKey + row),
                destination.Slice(row * Columns, Columns));
        }
    }

    /// <summary>
    /// Writes the history columns of one row. <paramref name="state"/> must hold exactly the outcomes that
    /// ended strictly before <paramref name="cutoffMicros"/> (the as-of rule).
    /// </summary>
    /// <param name="state">The patient's history as of the cut-off.</param>
    /// <param name="cutoffMicros">The cut-off.</param>
    /// <param name="upcoming">The patient's other bookings in the window after the cut-off.</param>
    /// <param name="row">The row (<see cref="Columns"/> values); only history columns are written.</param>
    public void WriteHistoryFeatures(in PatientHistoryState state, long cutoffMicros, int upcoming, Span<float> row)
    {
        if (row.Length != Columns)
        {
            throw new ArgumentException($"A row has {Columns} values, got {row.Length}.", nameof(row));
        }

        foreach (var j in historyColumns)
        {
            row[j] = HistoryValue(sources[j], in state, cutoffMicros, upcoming);
        }
    }

    private float HistoryValue(FeatureSource source, in PatientHistoryState state, long cutoffMicros, int upcoming) => source switch
    {
        FeatureSource.PriorAppointments => state.Appointments,
        FeatureSource.PriorNoShows => state.NoShows,
        FeatureSource.PriorNoShowRate =>
            (float)((state.NoShows + (Spec.PriorStrength * Spec.PriorNoShowRate)) / (state.Appointments + Spec.PriorStrength)),
        FeatureSource.PriorNoShowsRecent => (float)state.RecentNoShows(cutoffMicros, memoryMicros),
        FeatureSource.DaysSinceLastNoShow => state.NoShows == 0 ? float.NaN : Days(cutoffMicros - state.LastNoShowEndMicros),
        FeatureSource.DaysSinceLastAppointment => state.Known == 0 ? float.NaN : Days(cutoffMicros - state.LastEndMicros),
        FeatureSource.PriorCancellations => state.Cancellations,
        // Code 0 is "none"; outcome k has code k + 1 (FeatureCatalog.LastOutcomeCategories).
        FeatureSource.LastOutcome => state.Known == 0 ? 0 : (int)state.LastOutcome + 1,
        FeatureSource.UpcomingBookings => upcoming,
        _ => throw new InvalidOperationException($"{source} is not a history feature"),
    };

    private static float Days(long micros) => (float)((double)micros / UtcMicros.PerDay);
}
