using System.Runtime.InteropServices;

namespace Attendance.Scheduler.Cbc;

/// <summary>
/// The part of CBC 2.10.8's C interface (<c>Cbc_C_Interface.h</c>) that we call. C <c>char</c> is
/// <see cref="byte"/>, <c>CoinBigIndex</c> is <see cref="int"/> in Debian's build. Nothing here checks
/// anything: callers pass validated <see cref="Solving.MipProblem"/> data only.
/// </summary>
internal static unsafe partial class CbcNative
{
    /// <summary>Versioned soname: the unversioned -dev symlink does not exist on a fresh machine.</summary>
    private const string Library = "libCbcSolver.so.3";

    [LibraryImport(Library)]
    internal static partial CbcModelHandle Cbc_newModel();

    [LibraryImport(Library)]
    internal static partial void Cbc_deleteModel(nint model);

    [LibraryImport(Library)]
    internal static partial CbcModelHandle Cbc_clone(CbcModelHandle model);

    [LibraryImport(Library)]
    internal static partial byte* Cbc_getVersion();

    [LibraryImport(Library)]
    internal static partial void Cbc_loadProblem(
        CbcModelHandle model,
        int numCols,
        int numRows,
        int* start,
        int* index,
        double* value,
        double* colLower,
        double* colUpper,
        double* objective,
        double* rowLower,
        double* rowUpper);

    [LibraryImport(Library)]
    internal static partial void Cbc_setObjSense(CbcModelHandle model, double sense);

    [LibraryImport(Library)]
    internal static partial void Cbc_setInteger(CbcModelHandle model, int column);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void Cbc_setColName(CbcModelHandle model, int column, string name);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void Cbc_setParameter(CbcModelHandle model, string name, string value);

    [LibraryImport(Library)]
    internal static partial void Cbc_setLogLevel(CbcModelHandle model, int level);

    /// <summary>Exported by 2.10.8 but missing from its header: 1 makes Cbc_solve run the LP relaxation only.</summary>
    [LibraryImport(Library)]
    internal static partial void Cbc_setSolveRelax(CbcModelHandle model, byte solveOnlyRelax);

    [LibraryImport(Library)]
    internal static partial int Cbc_solve(CbcModelHandle model);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void Cbc_writeMps(CbcModelHandle model, string fileName);

    [LibraryImport(Library)]
    internal static partial int Cbc_status(CbcModelHandle model);

    [LibraryImport(Library)]
    internal static partial int Cbc_secondaryStatus(CbcModelHandle model);

    [LibraryImport(Library)]
    internal static partial int Cbc_isProvenOptimal(CbcModelHandle model);

    [LibraryImport(Library)]
    internal static partial int Cbc_isProvenInfeasible(CbcModelHandle model);

    [LibraryImport(Library)]
    internal static partial int Cbc_isContinuousUnbounded(CbcModelHandle model);

    [LibraryImport(Library)]
    internal static partial int Cbc_isAbandoned(CbcModelHandle model);

    [LibraryImport(Library)]
    internal static partial int Cbc_isSecondsLimitReached(CbcModelHandle model);

    [LibraryImport(Library)]
    internal static partial int Cbc_isInitialSolveProvenOptimal(CbcModelHandle model);

    [LibraryImport(Library)]
    internal static partial int Cbc_isInitialSolveProvenPrimalInfeasible(CbcModelHandle model);

    [LibraryImport(Library)]
    internal static partial double Cbc_getObjValue(CbcModelHandle model);

    [LibraryImport(Library)]
    internal static partial double Cbc_getBestPossibleObjValue(CbcModelHandle model);

    [LibraryImport(Library)]
    internal static partial int Cbc_getNodeCount(CbcModelHandle model);

    [LibraryImport(Library)]
    internal static partial int Cbc_getNumCols(CbcModelHandle model);

    /// <summary>The best integer solution, or null when none was found (unlike Cbc_getColSolution).</summary>
    [LibraryImport(Library)]
    internal static partial double* Cbc_bestSolution(CbcModelHandle model);

    /// <summary>The column vector of the last solve; only meaningful after an LP-only solve here.</summary>
    [LibraryImport(Library)]
    internal static partial double* Cbc_getColSolution(CbcModelHandle model);
}
