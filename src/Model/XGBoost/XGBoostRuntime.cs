using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Attendance.Model.XGBoost;

/// <summary>
/// The native library as a whole: found by soname, version checked once at first use, and the one
/// place that turns a failed status into an <see cref="XGBoostException"/>.
/// </summary>
public static unsafe partial class XGBoostRuntime
{
    private static readonly Lazy<(Version? Version, string? Problem)> Probe = new(() => ProbeLibrary(XGBoostNative.Library));

    /// <summary>The loaded libxgboost version (1.7.4 on Debian 12, whatever its file name says).</summary>
    /// <exception cref="XGBoostException">The library is missing or its version is unsupported.</exception>
    public static Version Version
    {
        get
        {
            EnsureAvailable();
            return Probe.Value.Version!;
        }
    }

    /// <summary>
    /// Checks that libxgboost.so.0 loads and is XGBoost 1.x with x ≥ 7. Called by every entry point;
    /// call it at start-up to fail before any work is done.
    /// </summary>
    /// <exception cref="XGBoostException">The library is missing or its version is unsupported.</exception>
    public static void EnsureAvailable()
    {
        if (Probe.Value.Problem is { } problem)
        {
            throw new XGBoostException(problem);
        }
    }

    /// <summary>
    /// Throws with XGBoost's own message when <paramref name="status"/> is a failure. Must be called
    /// right after the native call on the same thread: <c>XGBGetLastError</c> is thread-local and the
    /// next call overwrites it.
    /// </summary>
    internal static void Check(int status)
    {
        if (status != 0)
        {
            ThrowLastError();
        }
    }

    /// <summary>
    /// XGBoost's message without what users cannot act on: the "[hh:mm:ss] ./src/file.cc:123: "
    /// prefix and the native "Stack trace:" block that fatal checks append.
    /// </summary>
    internal static string CleanMessage(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return "XGBoost failed without a message.";
        }

        var stackTrace = raw.IndexOf("\nStack trace:", StringComparison.Ordinal);
        var message = stackTrace >= 0 ? raw[..stackTrace] : raw;
        return SourceLocationPrefix().Replace(message, string.Empty).Trim();
    }

    [DoesNotReturn]
    private static void ThrowLastError() =>
        throw new XGBoostException(CleanMessage(Marshal.PtrToStringUTF8((nint)XGBoostNative.XGBGetLastError())));

    [GeneratedRegex(@"^\[\d{2}:\d{2}:\d{2}\] [^\s:]+:\d+: ")]
    private static partial Regex SourceLocationPrefix();

    /// <summary>Loads <paramref name="library"/> (the soname the imports use) and reads its version, or says what is wrong.</summary>
    internal static (Version? Version, string? Problem) ProbeLibrary(string library)
    {
        if (!NativeLibrary.TryLoad(library, typeof(XGBoostRuntime).Assembly, null, out _))
        {
            return (null, $"{library} not found: install the Debian package libxgboost0");
        }

        XGBoostNative.XGBoostVersion(out var major, out var minor, out var patch);
        var version = new Version(major, minor, patch);
        // 1.7 is what the JSON model, in-place prediction config and categorical splits were built against;
        // 2.x changed defaults (e.g. base_score, device) and is not validated here.
        if (major != 1 || minor < 7)
        {
            return (version, $"libxgboost.so.0 is XGBoost {version}; Attendance needs XGBoost 1.7 or a later 1.x (Debian package libxgboost0).");
        }

        return (version, null);
    }
}
