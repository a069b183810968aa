using System.Globalization;
using Attendance.Data.Batches;
using Attendance.Data.Contract;
using Attendance.Data.Io;

namespace Attendance.Data.Validation;

/// <summary>
/// Checks the values of each batch of one table against the contract, in this order: CPR numbers in any
/// string column, nulls in required columns, unknown categorical values, duplicate identifiers (across all
/// batches), int ranges; counts start_at before booked_at. The first violation throws, naming file, column, row.
/// Only the columns present in a batch are checked (a projected read guards what it reads).
/// </summary>
internal sealed class BatchValidator
{
    private readonly TableSchema _schema;
    private readonly ValidationReport _report;
    private readonly Dictionary<string, FingerprintSet> _seen = new(StringComparer.Ordinal);
    private readonly Func<string, ulong> _fingerprint;
    private readonly Func<string, string, bool> _inEarlierBatches;

    /// <param name="schema">The table.</param>
    /// <param name="report">Receives counts.</param>
    /// <param name="options">Whether identifiers are checked for repeats, and the fingerprint seam.</param>
    /// <param name="expectedRows">Rows of the whole table (sizes the identifier sets once).</param>
    /// <param name="inEarlierBatches">
    /// (column, id) → whether <c>id</c> occurs in the column in a batch before the current one: the exact
    /// confirmation of a fingerprint repeat (rare; the reader may re-read its files).
    /// </param>
    public BatchValidator(TableSchema schema, ValidationReport report, TableReadOptions options, long expectedRows,
        Func<string, string, bool> inEarlierBatches)
    {
        _schema = schema;
        _report = report;
        _fingerprint = options.Fingerprint ?? IdFingerprint.Of;
        _inEarlierBatches = inEarlierBatches;
        if (options.CheckDuplicateIds)
        {
            foreach (var field in schema.Fields.Where(f => f.Unique))
            {
                _seen[field.Name] = new FingerprintSet(expectedRows);
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
            if (field.Required && FirstNull(column, n) is var nullRow and >= 0)
            {
                throw Violation(DataContractError.NullValue, batch, field.Name, nullRow, "required column holds a null");
            }
            if (field.AllowedValues is not null)
            {
                CheckAllowed(batch, field, (DataColumn<string?>)column, n);
            }
            if (_seen.ContainsKey(field.Name))
            {
                CheckUnique(batch, field.Name, (DataColumn<string?>)column, n);
            }
        }
        CountStartBeforeBooked(batch, n);
        _report.Rows += n;
    }

    private static void CheckCpr(TableBatch batch, string column, DataColumn<string?> strings, int n)
    {
        var values = strings.Values;
        string? lastChecked = null;
        for (var i = 0; i < n; i++)
        {
            var value = values[i];
            // Dictionary-decoded columns repeat the same string instance: check it once.
            if (value is null || ReferenceEquals(value, lastChecked))
            {
                continue;
            }
            if (CprGuard.ContainsCpr(value))
            {
                throw Violation(DataContractError.CprNumber, batch, column, i,
                    "value looks like a Danish CPR number; personal identifiers must not enter Attendance (the value is not shown)");
            }
            lastChecked = value;
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

    private static int FirstNull(DataColumn column, int n)
    {
        for (var i = 0; i < n; i++)
        {
            if (column.IsNull(i))
            {
                return i;
            }
        }
        return -1;
    }

    private static void CheckAllowed(TableBatch batch, FieldSpec field, DataColumn<string?> column, int n)
    {
        var values = column.Values;
        string? lastAllowed = null;
        for (var i = 0; i < n; i++)
        {
            var value = values[i];
            if (value is null || ReferenceEquals(value, lastAllowed))
            {
                continue;
            }
            if (!field.Allows(value))
            {
                throw Violation(DataContractError.UnknownValue, batch, field.Name, i,
                    $"unknown value; allowed: {string.Join(", ", field.AllowedValues!)}");
            }
            lastAllowed = value;
        }
    }

    private void CheckUnique(TableBatch batch, string column, DataColumn<string?> ids, int n)
    {
        var seen = _seen[column];
        var values = ids.Values;
        for (var i = 0; i < n; i++)
        {
            if (values[i] is { } id && !seen.Add(_fingerprint(id)))
            {
                if (Array.IndexOf(values, id, 0, i) >= 0 || _inEarlierBatches(column, id))
                {
                    throw Violation(DataContractError.DuplicateId, batch, column, i, "identifier repeats an earlier row of the table");
                }
                _report.FingerprintCollisions++;
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
