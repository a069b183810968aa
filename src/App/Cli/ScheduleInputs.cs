using Attendance.Data.Batches;
using Attendance.Data.Contract;
using Attendance.Data.Io;
using Attendance.Data.Rows;

namespace Attendance.App.Cli;

/// <summary>Rows of one contract table read from several paths, each remembering its file and row for messages.</summary>
internal sealed class ScheduleInputs<TRow>
{
    private readonly List<(string Path, long Row)> _origins = [];

    public List<TRow> Rows { get; } = [];

    public string Describe(int index) => $"{_origins[index].Path}, row {_origins[index].Row}";

    /// <exception cref="UserFacingException">A file is missing, unreadable or breaks the contract.</exception>
    public static ScheduleInputs<TRow> Read(IEnumerable<string> paths, TableSchema schema, IRowMapper<TRow> mapper, CancellationToken cancellationToken)
    {
        var inputs = new ScheduleInputs<TRow>();
        foreach (var path in paths)
        {
            try
            {
                foreach (TableBatch batch in TableReader.Open(path, schema).ReadBatches(cancellationToken))
                {
                    for (var i = 0; i < batch.Count; i++)
                    {
                        inputs.Rows.Add(mapper.Read(batch, i));
                        inputs._origins.Add((batch.SourcePath.Length > 0 ? batch.SourcePath : path, batch.FirstRow + i + 1));
                    }
                }
            }
            catch (DataContractException e)
            {
                throw new UserFacingException(e.Message, e);
            }
        }

        return inputs;
    }
}
