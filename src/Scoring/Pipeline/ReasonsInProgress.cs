namespace Attendance.Scoring.Pipeline;

/// <summary>
/// The flagged bookings' reasons while another thread computes them in input order, block by block, so that the
/// scores file can be written at the same time: the writer waits only for the reasons of the rows it writes.
/// </summary>
internal sealed class ReasonsInProgress(FlaggedReasons reasons)
{
    private readonly object gate = new();
    private int explained;
    private Exception? failure;

    /// <summary>The arrays being filled; entries below the count given to <see cref="WaitFor"/> are final once it returns.</summary>
    public FlaggedReasons Reasons { get; } = reasons;

    /// <summary>Called by the explaining thread: the first <paramref name="count"/> flagged bookings are done.</summary>
    public void Explained(int count)
    {
        lock (gate)
        {
            explained = count;
            Monitor.PulseAll(gate);
        }
    }

    /// <summary>Called by the explaining thread when it stops on an error (cancellation included).</summary>
    public void Failed(Exception exception)
    {
        lock (gate)
        {
            failure = exception;
            Monitor.PulseAll(gate);
        }
    }

    /// <summary>Blocks until the first <paramref name="count"/> flagged bookings are explained; rethrows the explaining thread's error.</summary>
    public void WaitFor(int count)
    {
        lock (gate)
        {
            while (explained < count && failure is null)
            {
                Monitor.Wait(gate);
            }

            if (failure is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            }
        }
    }
}
