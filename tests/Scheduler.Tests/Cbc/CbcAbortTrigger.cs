using System.Runtime.InteropServices;

namespace Attendance.Scheduler.Tests.Cbc;

/// <summary>
/// Makes CBC itself call <c>abort()</c>, the failure the isolated solver exists for: <c>Cbc_addRow</c>
/// with an unknown row sense prints "unknow row sense" to stderr and aborts (CBC 2.10.8). Only ever
/// run in a child process.
/// </summary>
internal static partial class CbcAbortTrigger
{
    private const string Library = "libCbcSolver.so.3";

    public static int AbortInsideCbc()
    {
        var model = Cbc_newModel();
        Cbc_addRow(model, "r", 0, 0, 0, (byte)'X', 1.0);
        return 0;
    }

    [LibraryImport(Library)]
    private static partial nint Cbc_newModel();

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    private static partial void Cbc_addRow(nint model, string name, int count, nint columns, nint coefficients, byte sense, double rhs);
}
