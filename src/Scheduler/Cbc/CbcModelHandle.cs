using Microsoft.Win32.SafeHandles;

namespace Attendance.Scheduler.Cbc;

/// <summary>Owns one <c>Cbc_Model*</c>; released with <c>Cbc_deleteModel</c>.</summary>
internal sealed class CbcModelHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    /// <summary>Called by the interop marshaller for <c>Cbc_newModel</c> and <c>Cbc_clone</c> results.</summary>
    public CbcModelHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        CbcNative.Cbc_deleteModel(handle);
        return true;
    }
}
