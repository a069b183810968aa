using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Attendance.Model.XGBoost;

/// <summary>
/// Routes XGBoost's log (warnings such as unused parameters under <c>validate_parameters=1</c>) to
/// the sink of the booster that is calling into the library.
/// </summary>
/// <remarks>
/// libxgboost keeps its log callback per thread (a dmlc thread-local registry), so the callback is
/// registered on each thread before its first call, and the sink in force is thread-static too: a
/// message is attributed to the managed caller on whose thread XGBoost logged it. Messages logged
/// by OpenMP worker threads, or on a thread with no sink, go to standard error as XGBoost would.
/// </remarks>
internal static unsafe class XGBoostLog
{
    [ThreadStatic]
    private static bool registered;

    [ThreadStatic]
    private static Action<string>? currentSink;

    /// <summary>Makes <paramref name="sink"/> receive XGBoost's messages on this thread until disposed.</summary>
    public static Scope Enter(Action<string>? sink)
    {
        if (!registered)
        {
            XGBoostRuntime.Check(XGBoostNative.XGBRegisterLogCallback(&OnMessage));
            registered = true;
        }

        var previous = currentSink;
        currentSink = sink;
        return new Scope(previous);
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void OnMessage(byte* message)
    {
        // An exception must not unwind into native code: a failing sink is reported, not propagated.
        try
        {
            var text = Marshal.PtrToStringUTF8((nint)message)?.TrimEnd() ?? string.Empty;
            if (currentSink is { } sink)
            {
                sink(text);
            }
            else
            {
                Console.Error.WriteLine(text);
            }
        }
#pragma warning disable CA1031 // Any exception escaping here would crash the process from native code.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"XGBoost log sink failed: {e.Message}");
        }
    }

    /// <summary>Restores the previous sink; a struct so that entering a scope does not allocate.</summary>
    public readonly struct Scope(Action<string>? previous) : IDisposable
    {
        public void Dispose() => currentSink = previous;
    }
}
