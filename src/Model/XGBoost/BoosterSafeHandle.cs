using Microsoft.Win32.SafeHandles;

namespace Attendance.Model.XGBoost;

/// <summary>Owns a native <c>BoosterHandle</c>; freed with <c>XGBoosterFree</c>.</summary>
internal sealed class BoosterSafeHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public BoosterSafeHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle() => XGBoostNative.XGBoosterFree(handle) == 0;
}
