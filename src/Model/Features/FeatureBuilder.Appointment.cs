using Attendance.Data.Batches;
using Attendance.Data.Contract;
using Col = Attendance.Data.Contract.Columns;
using Attendance.Data.VisitTypes;
using Attendance.Model.XGBoost;

namespace Attendance.Model.Features;

public sealed partial class FeatureBuilder
{
    /// <summary>
    /// Writes the appointment columns (everything but history) of the selected rows: destination row r
    /// gets batch row <c>rows[r]</c>. Absent optional columns are missing (NaN) and listed in
    /// <see cref="FeatureBuildStats.MissingColumns"/>.
    /// </summary>
    /// <exception cref="FeatureSpecException">An extra column has a type the model cannot use as trained (string vs number).</exception>
    public void WriteAppointmentFeatures(TableBatch batch, ReadOnlySpan<int> rows, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (destination.Length < rows.Length * Columns)
        {
            throw new ArgumentException($"{rows.Length} rows need {rows.Length * Columns} values, the destination has {destination.Length}.", nameof(destination));
        }

        WriteTimeFeatures(batch, rows, destination);
        for (var j = 0; j < sources.Length; j++)
        {
            switch (sources[j])
            {
                case FeatureSource.LeadDays:
                    WriteLeadDays(batch, rows, destination, j);
                    break;
                case FeatureSource.Age:
                    WriteNumbers(batch.Find<int>(Col.Age), Col.Age, rows, destination, j, static v => v);
                    break;
                case FeatureSource.DistanceKm:
                    WriteNumbers(batch.Find<double>(Col.DistanceKm), Col.DistanceKm, rows, destination, j, static v => (float)v);
                    break;
                case FeatureSource.DigitalUser:
                    WriteNumbers(batch.Find<bool>(Col.DigitalUser), Col.DigitalUser, rows, destination, j, static v => v ? 1 : 0);
                    break;
                case FeatureSource.ReminderSent:
                    WriteNumbers(batch.Find<bool>(Col.ReminderSent), Col.ReminderSent, rows, destination, j, static v => v ? 1 : 0);
                    break;
                case FeatureSource.Sex:
                case FeatureSource.BookingChannel:
                case FeatureSource.ContactMode:
                case FeatureSource.Site:
                case FeatureSource.Department:
                    var name = Spec.Features[j].Name;
                    WriteCategories(batch.Find<string?>(name), name, rows, destination, j);
                    break;
                case FeatureSource.VisitFamily:
                case FeatureSource.DurationMin:
                    WriteVisitType(batch, rows, destination, j);
                    break;
                case FeatureSource.Extra:
                    WriteExtra(batch, rows, destination, j);
                    break;
                default:
                    // Time features are written above, history features by WriteHistoryFeatures.
                    break;
            }
        }

        Stats.Rows += rows.Length;
    }

    private void WriteTimeFeatures(TableBatch batch, ReadOnlySpan<int> rows, Span<float> destination)
    {
        int weekday = Array.IndexOf(sources, FeatureSource.Weekday), hour = Array.IndexOf(sources, FeatureSource.Hour), month = Array.IndexOf(sources, FeatureSource.Month);
        if (weekday < 0 && hour < 0 && month < 0)
        {
            return;
        }

        var starts = batch.Get<long>(Col.StartAt).Values;
        for (var r = 0; r < rows.Length; r++)
        {
            CopenhagenTime.Parts(starts[rows[r]], out var day, out var hours, out var monthOfYear);
            var at = r * Columns;
            Set(destination, at, weekday, day);
            Set(destination, at, hour, hours);
            Set(destination, at, month, monthOfYear);
        }

        static void Set(Span<float> destination, int at, int column, float value)
        {
            if (column >= 0)
            {
                destination[at + column] = value;
            }
        }
    }

    private void WriteLeadDays(TableBatch batch, ReadOnlySpan<int> rows, Span<float> destination, int j)
    {
        var booked = batch.Get<long>(Col.BookedAt).Values;
        var starts = batch.Get<long>(Col.StartAt).Values;
        for (var r = 0; r < rows.Length; r++)
        {
            var lead = starts[rows[r]] - booked[rows[r]];
            if (lead < 0)
            {
                Stats.BookedAfterStart++;
            }

            destination[(r * Columns) + j] = lead < 0 ? float.NaN : Days(lead);
        }
    }

    private void WriteNumbers<T>(DataColumn<T>? column, string name, ReadOnlySpan<int> rows, Span<float> destination, int j, Func<T, float> convert)
    {
        if (column is null)
        {
            WriteMissing(name, rows.Length, destination, j);
            return;
        }

        var values = column.Values;
        var nulls = column.Nulls;
        for (var r = 0; r < rows.Length; r++)
        {
            var row = rows[r];
            destination[(r * Columns) + j] = nulls is not null && nulls[row] ? float.NaN : convert(values[row]);
        }
    }

    private void WriteCategories(DataColumn<string?>? column, string name, ReadOnlySpan<int> rows, Span<float> destination, int j)
    {
        if (column is null)
        {
            WriteMissing(name, rows.Length, destination, j);
            return;
        }

        var codes = vocabularies[j]!;
        ref var unseen = ref Stats.UnseenOf(j);
        var values = column.Values;
        for (var r = 0; r < rows.Length; r++)
        {
            destination[(r * Columns) + j] = codes.Code(values[rows[r]], ref unseen);
        }
    }

    /// <summary>The visit family (through the harmoniser) or the duration (duration_min, else the family's default).</summary>
    private void WriteVisitType(TableBatch batch, ReadOnlySpan<int> rows, Span<float> destination, int j)
    {
        var isFamily = sources[j] == FeatureSource.VisitFamily;
        var visitTypes = batch.Find<string?>(Col.VisitType);
        var durations = isFamily ? null : batch.Find<int>(Col.DurationMin);
        var codes = vocabularies[j];
        ref var unseen = ref Stats.UnseenOf(j);
        for (var r = 0; r < rows.Length; r++)
        {
            var row = rows[r];
            var raw = visitTypes is null || visitTypes.IsNull(row) ? null : visitTypes.Values[row];
            float value;
            if (isFamily)
            {
                // Only the family column reports names, so each row is counted once.
                var match = raw is null ? default : harmoniser.Map(raw, VisitTypes);
                if (match.Resolution == VisitTypeResolution.Unmapped && raw is not null)
                {
                    Stats.UnknownVisitTypes++;
                }

                value = codes!.Code(raw is null ? null : match.Family, ref unseen);
            }
            else
            {
                value = durations is not null && !durations.IsNull(row) ? durations.Values[row]
                    : raw is not null && harmoniser.Map(raw).DurationMin is { } minutes ? minutes
                    : float.NaN;
            }

            destination[(r * Columns) + j] = value;
        }
    }

    private void WriteExtra(TableBatch batch, ReadOnlySpan<int> rows, Span<float> destination, int j)
    {
        var feature = Spec.Features[j];
        var extra = batch.Extras.FirstOrDefault(e => e.Name == feature.Name);
        var isCategorical = feature.Kind == FeatureKind.Categorical;
        if (extra is not null && (extra.Type == FieldType.String) != isCategorical)
        {
            throw new FeatureSpecException(
                $"{batch.SourcePath}: column {feature.Name} is {extra.Type}, but the model was trained on it as {(isCategorical ? "a string" : "a number")}");
        }

        switch (extra?.Data)
        {
            case null:
                WriteMissing(feature.Name, rows.Length, destination, j);
                break;
            case DataColumn<string?> strings:
                WriteCategories(strings, feature.Name, rows, destination, j);
                break;
            case DataColumn<bool> flags:
                WriteNumbers(flags, feature.Name, rows, destination, j, static v => v ? 1 : 0);
                break;
            case DataColumn<long> integers:
                WriteNumbers(integers, feature.Name, rows, destination, j, static v => v);
                break;
            case DataColumn<double> reals:
                WriteNumbers(reals, feature.Name, rows, destination, j, static v => (float)v);
                break;
            default:
                WriteMissing(feature.Name, rows.Length, destination, j);
                break;
        }
    }

    private void WriteMissing(string name, int rows, Span<float> destination, int j)
    {
        Stats.AddMissingColumn(name);
        for (var r = 0; r < rows; r++)
        {
            destination[(r * Columns) + j] = float.NaN;
        }
    }
}
