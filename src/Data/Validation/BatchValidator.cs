using System.Globalization;
using Attendance.Data.Batches;
using Attendance.Data.Contract;
using Attendance.Data.Io;

namespace Attendance.Data.Validation;

/// <summary>
/// Checks the values of each batch of one table against the contract, in this order: CPR numbers in any
/// string column, nulls in required columns, unknown categorical values, int ranges; counts start_at before
/// booked_at. The first violation throws, naming file, column, row. Duplicate identifiers (across all batches)
/// are found once the table has been read (<see cref="Complete"/>): each batch only logs its fingerprints.
/// Only the columns present in a batch are checked (a projected read guards what it reads).
/// </summary>
internal sealed class BatchValidator
{
    private readonly TableSchema _schema;
    private readonly ValidationReport _report;
    private readonly Dictionary<string, FingerprintLog> _seen = new(StringComparer.Ordinal);
    private readonly Func<string, ulong> _fingerprint;
    private readonly PassedStrings _passed = new();

    /// <param name="schema">The table.</param>
    /// <param name="report">Receives counts.</param>
    /// <param name="options">Whether identifiers are checked for repeats, and the fingerprint seam.</param>
    /// <param name="expectedRows">Rows of the whole table (sizes the fingerprint logs once).</param>
    public BatchValidator(TableSchema schema, ValidationReport report, TableReadOptions options, long expectedRows)
    {
        _schema = schema;
        _report = report;
        _fingerprint = options.Fingerprint ?? IdFingerprint.Of;
        if (options.CheckDuplicateIds)
        {
            foreach (var field in schema.Fields.Where(f => f.Unique))
            {
                _seen[field.Name] = new FingerprintLog(expectedRows);
            }
        }
    }

    public void Validate(TableBatch batch)
    {
        var n = batch.Count;
        foreach (var field in _schema.Fields)
        {
            if (field.Type == FieldType.String && batch.Find<string?>(field.Name) is { } strings)
            {
                CheckCpr(batch, field.Name, strings, n);
            }
        }
        foreach (var extra in batch.Extras)
        {
            if (extra.Data is DataColumn<string?> strings)
            {
                CheckCpr(batch, extra.Name, strings, n);
            }
            else if (extra.Type == FieldType.Int64)
            {
                CheckCprNumbers(batch, extra.Name, (DataColumn<long>)extra.Data, n);
            }
        }
        for (var f = 0; f < _schema.Fields.Count; f++)
        {
            var field = _schema.Fields[f];
            var column = batch.ColumnAt(f);
            if (column is null)
            {
                continue;
            }
            if (field.Required && column.FirstNull(n) is var nullRow and >= 0)
            {
                throw Violation(DataContractError.NullValue, batch, field.Name, nullRow, "required column holds a null");
            }
            if (field.AllowedValues is not null)
            {
                CheckAllowed(batch, field, (DataColumn<string?>)column, n);
            }
            if (_seen.TryGetValue(field.Name, out var log))
            {
                LogFingerprints(log, ((DataColumn<string?>)column).Values, n);
            }
        }
        CountStartBeforeBooked(batch, n);
        _report.Rows += n;
    }

    private void CheckCpr(TableBatch batch, string column, DataColumn<string?> strings, int n)
    {
        var values = strings.Values;
        _passed.Clear();
        for (var i = 0; i < n; i++)
        {
            var value = values[i];
            // Nothing shorter than ten characters holds a CPR number (the guard's own first test, inlined).
            if (value is null || value.Length < 10 || _passed.Contains(value))
            {
                continue;
            }
            if (CprGuard.ContainsCpr(value))
            {
                throw Violation(DataContractError.CprNumber, batch, column, i,
                    "value looks like a Danish CPR number; personal identifiers must not enter Attendance (the value is not shown)");
            }
            _passed.Add(value);
        }
    }

    /// <summary>An integer x_ column may hold CPR numbers stored as numbers.</summary>
    private static void CheckCprNumbers(TableBatch batch, string column, DataColumn<long> numbers, int n)
    {
        var values = numbers.Values;
        for (var i = 0; i < n; i++)
        {
            if (CprGuard.IsCprNumber(values[i]) && !numbers.IsNull(i))
            {
                throw Violation(DataContractError.CprNumber, batch, column, i,
                    "integer looks like a Danish CPR number stored as a number (the value is not shown)");
            }
        }
    }

    private void CheckAllowed(TableBatch batch, FieldSpec field, DataColumn<string?> column, int n)
    {
        var values = column.Values;
        _passed.Clear();
        for (var i = 0; i < n; i++)
        {
            var value = values[i];
            if (value is null || _passed.Contains(value))
            {
                continue;
            }
            if (!field.Allows(value))
            {
                throw Violation(DataContractError.UnknownValue, batch, field.Name, i,
                    $"unknown value; allowed: {string.Join(", ", field.AllowedValues!)}");
            }
            _passed.Add(value);
        }
    }

    private void LogFingerprints(FingerprintLog log, string?[] ids, int n)
    {
        for (var i = 0; i < n; i++)
        {
            if (ids[i] is { } id)
            {
                log.Add(_fingerprint(id));
            }
        }
    }

    /// <summary>
    /// After the last batch: refuses the first row (in reading order) whose identifier repeats an earlier row's.
    /// Only fingerprints that occur more than once are confirmed, against the strings of the rows that carry
    /// them, re-read through <paramref name="reread"/> (column → its values chunk by chunk, in reading order);
    /// so a table without repeats is not re-read, and one with a true duplicate is re-read once.
    /// </summary>
    public void Complete(Func<string, IEnumerable<IdChunk>> reread)
    {
        foreach (var (column, log) in _seen)
        {
            var repeated = log.Repeated();
            if (repeated.Count > 0)
            {
                Confirm(column, new HashSet<ulong>(repeated), reread(column));
            }
        }
    }

    private void Confirm(string column, HashSet<ulong> repeated, IEnumerable<IdChunk> chunks)
    {
        var seenFingerprints = new HashSet<ulong>();
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in chunks)
        {
            for (var i = 0; i < chunk.Count; i++)
            {
                if (chunk.Values[i] is not { } id)
                {
                    continue;
                }
                var fingerprint = _fingerprint(id);
                if (!repeated.Contains(fingerprint))
                {
                    continue;
                }
                if (!seenIds.Add(id))
                {
                    throw new DataContractException(DataContractError.DuplicateId, chunk.Path, column, chunk.FirstRow + i + 1,
                        "identifier repeats an earlier row of the table");
                }
                if (!seenFingerprints.Add(fingerprint))
                {
                    _report.FingerprintCollisions++;
                }
            }
        }
    }

    private void CountStartBeforeBooked(TableBatch batch, int n)
    {
        if (_schema.IndexOf(Columns.BookedAt) < 0 || _schema.IndexOf(Columns.StartAt) < 0
            || !batch.Has(Columns.BookedAt) || !batch.Has(Columns.StartAt))
        {
            return;
        }
        var booked = batch.Get<long>(Columns.BookedAt).Values;
        var start = batch.Get<long>(Columns.StartAt).Values;
        for (var i = 0; i < n; i++)
        {
            if (start[i] < booked[i])
            {
                if (_report.StartBeforeBooked == 0)
                {
                    _report.FirstStartBeforeBooked = string.Create(CultureInfo.InvariantCulture, $"{batch.SourcePath}, row {batch.FirstRow + i + 1}");
                }
                _report.StartBeforeBooked++;
            }
        }
    }

    private static DataContractException Violation(DataContractError error, TableBatch batch, string column, int row, string problem) =>
        new(error, batch.SourcePath, column, batch.FirstRow + row + 1, problem);
}
