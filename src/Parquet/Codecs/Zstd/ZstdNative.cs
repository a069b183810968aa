using System.Runtime.InteropServices;

namespace Attendance.Parquet.Codecs.Zstd;

/// <summary>The few libzstd entry points Parquet needs (the Debian package's versioned soname).</summary>
internal static unsafe partial class ZstdNative
{
    private const string Library = "libzstd.so.1";

    /// <summary>Returned by ZSTD_getFrameContentSize when the frame does not record its size.</summary>
    public const ulong ContentSizeUnknown = unchecked((ulong)-1);

    /// <summary>Returned by ZSTD_getFrameContentSize when the input is not a valid frame header.</summary>
    public const ulong ContentSizeError = unchecked((ulong)-2);

    [LibraryImport(Library, EntryPoint = "ZSTD_decompress")]
    public static partial nuint Decompress(byte* dst, nuint dstCapacity, byte* src, nuint srcSize);

    [LibraryImport(Library, EntryPoint = "ZSTD_compress")]
    public static partial nuint Compress(byte* dst, nuint dstCapacity, byte* src, nuint srcSize, int compressionLevel);

    [LibraryImport(Library, EntryPoint = "ZSTD_compressBound")]
    public static partial nuint CompressBound(nuint srcSize);

    [LibraryImport(Library, EntryPoint = "ZSTD_getFrameContentSize")]
    public static partial ulong GetFrameContentSize(byte* src, nuint srcSize);

    [LibraryImport(Library, EntryPoint = "ZSTD_isError")]
    public static partial uint IsError(nuint code);

    [LibraryImport(Library, EntryPoint = "ZSTD_getErrorName")]
    public static partial nint GetErrorName(nuint code);
}
