using System.Globalization;
using System.Text.Json;
using Attendance.Parquet;

namespace Attendance.Benchmarks.Parquet;

/// <summary>The aggregates of bench-scan.mjs's DuckDB query, computed over our reader's columns.</summary>
internal sealed class ScanAggregates
{
    private long _rows, _sumId, _sumPatient, _sumDuration, _distanceCount, _reminders, _sumAge;
    private long _maxBooked = long.MinValue, _maxStart = long.MinValue;
    private double _sumDistance;
    private string? _maxDepartment, _maxVisitType;

    public void Add(
        ColumnData<long> ids, ColumnData<long> patients, ColumnData<int> duration, ColumnData<double> distance,
        ColumnData<string> department, ColumnData<string> visitType, ColumnData<long> booked, ColumnData<long> start,
        ColumnData<bool> reminder, ColumnData<int> age)
    {
        var n = ids.Count;
        _rows += n;
        for (var i = 0; i < n; i++)
        {
            _sumId += ids.Values[i];
            _sumPatient += patients.Values[i];
            _sumDuration += duration.Values[i];
            _sumAge += age.Values[i];
            _maxBooked = Math.Max(_maxBooked, booked.Values[i]);
            _maxStart = Math.Max(_maxStart, start.Values[i]);
            if (reminder.Values[i])
            {
                _reminders++;
            }
            if (!distance.IsNull(i))
            {
                _distanceCount++;
                _sumDistance += distance.Values[i];
            }
            if (string.CompareOrdinal(department.Values[i], _maxDepartment) > 0)
            {
                _maxDepartment = department.Values[i];
            }
            if (string.CompareOrdinal(visitType.Values[i], _maxVisitType) > 0)
            {
                _maxVisitType = visitType.Values[i];
            }
        }
    }

    /// <summary>Where these aggregates differ from DuckDB's (sums of doubles up to rounding).</summary>
    public IEnumerable<string> Differences(JsonElement duck)
    {
        var expected = new Dictionary<string, string?>
        {
            ["rows"] = Text(_rows), ["sum_id"] = Text(_sumId), ["sum_patient"] = Text(_sumPatient),
            ["sum_duration"] = Text(_sumDuration), ["distance_count"] = Text(_distanceCount),
            ["max_department"] = _maxDepartment, ["max_visit_type"] = _maxVisitType,
            ["max_booked_at"] = Text(_maxBooked), ["max_start_at"] = Text(_maxStart),
            ["reminders"] = Text(_reminders), ["sum_age"] = Text(_sumAge),
        };
        foreach (var (name, ours) in expected)
        {
            var theirs = duck.GetProperty(name).GetString();
            if (theirs != ours)
            {
                yield return $"{name}: ours {ours}, DuckDB {theirs}";
            }
        }
        var duckDistance = duck.GetProperty("sum_distance").GetDouble();
        if (Math.Abs(duckDistance - _sumDistance) > 1e-9 * Math.Abs(duckDistance))
        {
            yield return $"sum_distance: ours {_sumDistance}, DuckDB {duckDistance}";
        }
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
