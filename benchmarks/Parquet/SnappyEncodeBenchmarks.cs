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
        _page = TimestampPage.Create();
        _output = new byte[SnappyEncoder.MaxCompressedLength(_page.Length)];
    }

    [Benchmark(Baseline = true)]
    public int IronSnappyEncode() => Snappy.Encode(_page).Length;

    [Benchmark]
    public int SnappyEncoderIntoReusedBuffer() => SnappyEncoder.Compress(_page, _output);
}
