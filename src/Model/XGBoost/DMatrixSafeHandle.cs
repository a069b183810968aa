using Microsoft.Win32.SafeHandles;

namespace Attendance.Model.XGBoost;

/// <summary>Owns a native <c>DMatrixHandle</c>; freed with <c>XGDMatrixFree</c>.</summary>
internal sealed class DMatrixSafeHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public DMatrixSafeHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle() => XGBoostNative.XGDMatrixFree(handle) == 0;
}
