using Attendance.Parquet.Codecs;
using BenchmarkDotNet.Attributes;
using IronSnappy;

namespace Attendance.Benchmarks.Parquet;

/// <summary>
/// Why Attendance.Parquet has its own snappy decoder: IronSnappy allocates a new array per page and
/// decodes slower. Input: one 1 MiB page of PLAIN int64 ids and timestamps, as DuckDB writes them.
/// </summary>
[MemoryDiagnoser]
public class SnappyDecodeBenchmarks
{
    private byte[] _compressed = [];
    private byte[] _output = [];

    [GlobalSetup]
    public void Setup()
    {
        var raw = TimestampPage.Create();
        _compressed = Snappy.Encode(raw);
        _output = new byte[raw.Length];
    }

    [Benchmark(Baseline = true)]
    public int IronSnappyDecode() => Snappy.Decode(_compressed).Length;

    [Benchmark]
    public int SnappyDecoderIntoReusedBuffer()
    {
        SnappyDecoder.Decompress(_compressed, _output);
        return _output.Length;
    }
}
