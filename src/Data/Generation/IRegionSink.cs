using Attendance.Data.Batches;

namespace Attendance.Data.Generation;

/// <summary>Receives the generator's output, one batch at a time; <see cref="TableBatch.Schema"/> says which table.</summary>
public interface IRegionSink
{
    /// <summary>Consumes a batch; the generator reuses it after the call returns.</summary>
    void Write(TableBatch batch);
}
