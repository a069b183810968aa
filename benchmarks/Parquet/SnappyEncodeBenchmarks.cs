using Attendance.Parquet.Codecs;
using BenchmarkDotNet.Attributes;
using IronSnappy;

namespace Attendance.Benchmarks.Parquet;

/// <summary>
/// Why Attendance.Parquet has its own snappy encoder: IronSnappy allocates a new array per page.
/// Input: one 1 MiB page of PLAIN timestamps.
/// </summary>
[MemoryDiagnoser]
public class SnappyEncodeBenchmarks
{
    private byte[] _page = [];
    private byte[] _output = [];

    [GlobalSetup]
    public void Setup()
    {
        var values = new long[1 << 17];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = 1_700_000_000_000_000L + (i * 60_000_000L) + (i % 7 * 3_600_000_000L);
        }

        _page = System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()).ToArray();
        _output = new byte[SnappyEncoder.MaxCompressedLength(_page.Length)];
    }

    [Benchmark(Baseline = true)]
    public int IronSnappyEncode() => Snappy.Encode(_page).Length;

    [Benchmark]
    public int SnappyEncoderIntoReusedBuffer() => SnappyEncoder.Compress(_page, _output);
}
