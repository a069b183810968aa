using System.Runtime.InteropServices;

namespace Attendance.Model.XGBoost;

/// <summary>
/// The subset of libxgboost's C API (xgboost/c_api.h, 1.7) that Attendance uses. Every function
/// returning <c>int</c> returns 0 on success and -1 on failure; callers go through
/// <see cref="XGBoostRuntime.Check"/>. <c>bst_ulong</c> is <c>uint64_t</c>, strings are UTF-8 and
/// output pointers are owned by XGBoost (valid until the next call on the same thread).
/// </summary>
internal static unsafe partial class XGBoostNative
{
    /// <summary>Loaded by its soname: the unversioned -dev symlink is absent on a fresh machine.</summary>
    public const string Library = "libxgboost.so.0";

    [LibraryImport(Library)]
    public static partial void XGBoostVersion(out int major, out int minor, out int patch);

    [LibraryImport(Library)]
    public static partial byte* XGBGetLastError();

    [LibraryImport(Library)]
    public static partial int XGBRegisterLogCallback(delegate* unmanaged[Cdecl]<byte*, void> callback);

    [LibraryImport(Library)]
    public static partial int XGDMatrixCreateFromMat_omp(
        float* data, ulong rows, ulong columns, float missing, out DMatrixSafeHandle handle, int threads);

    [LibraryImport(Library)]
    public static partial int XGDMatrixFree(nint handle);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int XGDMatrixSetFloatInfo(DMatrixSafeHandle handle, string field, float* values, ulong length);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int XGDMatrixSetStrFeatureInfo(DMatrixSafeHandle handle, string field, byte** values, ulong count);

    [LibraryImport(Library)]
    public static partial int XGBoosterCreate(nint* matrices, ulong count, out BoosterSafeHandle handle);

    [LibraryImport(Library)]
    public static partial int XGBoosterFree(nint handle);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int XGBoosterSetParam(BoosterSafeHandle handle, string name, string value);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int XGBoosterSetStrFeatureInfo(BoosterSafeHandle handle, string field, byte** values, ulong count);

    [LibraryImport(Library)]
    public static partial int XGBoosterGetNumFeature(BoosterSafeHandle handle, out ulong count);

    [LibraryImport(Library)]
    public static partial int XGBoosterBoostedRounds(BoosterSafeHandle handle, out int rounds);

    [LibraryImport(Library)]
    public static partial int XGBoosterUpdateOneIter(BoosterSafeHandle handle, int iteration, DMatrixSafeHandle train);

    [LibraryImport(Library)]
    public static partial int XGBoosterEvalOneIter(
        BoosterSafeHandle handle, int iteration, nint* matrices, byte** names, ulong count, out byte* result);

    [LibraryImport(Library)]
    public static partial int XGBoosterPredictFromDMatrix(
        BoosterSafeHandle handle, DMatrixSafeHandle data, byte* config, out ulong* shape, out ulong dimensions, out float* result);

    [LibraryImport(Library)]
    public static partial int XGBoosterPredictFromDense(
        BoosterSafeHandle handle, byte* arrayInterface, byte* config, nint proxy, out ulong* shape, out ulong dimensions, out float* result);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int XGBoosterSaveModel(BoosterSafeHandle handle, string path);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int XGBoosterLoadModel(BoosterSafeHandle handle, string path);

    [LibraryImport(Library)]
    public static partial int XGBoosterLoadModelFromBuffer(BoosterSafeHandle handle, byte* buffer, ulong length);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int XGBoosterSaveModelToBuffer(BoosterSafeHandle handle, string config, out ulong length, out byte* buffer);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int XGBoosterGetAttr(BoosterSafeHandle handle, string key, out byte* value, out int found);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int XGBoosterSetAttr(BoosterSafeHandle handle, string key, string? value);
}
