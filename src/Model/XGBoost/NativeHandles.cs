using System.Runtime.InteropServices;

namespace Attendance.Model.XGBoost;

/// <summary>
/// Raw handles of several matrices as a native <c>DMatrixHandle[]</c>, each kept alive
/// (<see cref="SafeHandle.DangerousAddRef"/>) until disposed.
/// </summary>
internal sealed unsafe class NativeHandles : IDisposable
{
    private readonly DMatrix[] matrices;
    private readonly nint[] raw;
    private GCHandle pin;
    private int added;

    public NativeHandles(DMatrix[] matrices)
    {
        this.matrices = matrices;
        raw = new nint[matrices.Length];
        try
        {
            for (; added < matrices.Length; added++)
            {
                var success = false;
                matrices[added].Handle.DangerousAddRef(ref success);
                raw[added] = matrices[added].Handle.DangerousGetHandle();
            }
        }
        catch
        {
            Dispose();
            throw;
        }

        pin = GCHandle.Alloc(raw, GCHandleType.Pinned);
    }

    public nint* Pointer => (nint*)pin.AddrOfPinnedObject();

    public void Dispose()
    {
        if (pin.IsAllocated)
        {
            pin.Free();
        }

        for (; added > 0; added--)
        {
            matrices[added - 1].Handle.DangerousRelease();
        }
    }
}
