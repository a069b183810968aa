using System.Buffers.Binary;
using System.Diagnostics;

namespace Attendance.Parquet.Fuzzing;

/// <summary>
/// Mutation fuzzing of the reader: random bit flips, byte overwrites, lying 32-bit lengths and
/// truncations of a valid file, each opened and fully scanned. Every outcome must be success,
/// <see cref="ParquetFormatException"/> or <see cref="NotSupportedException"/>; anything else is
/// recorded in <see cref="FuzzResult.Unexpected"/>. Deterministic for a given seed.
/// </summary>
internal static class ParquetFuzz
{
    private static readonly int[] LyingInts = [0, -1, 1, 0x7FFFFFFF, int.MinValue, 0x10000000, 0xFFFF];

    public static FuzzResult Run(byte[] validFile, int mutations, int seed, string? workDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(validFile);
        var random = new Random(seed);
        var path = Path.Combine(workDirectory ?? Path.GetTempPath(), $"parquet-fuzz-{Environment.ProcessId}-{seed}.parquet");
        int succeeded = 0, formatErrors = 0, notSupported = 0;
        var unexpected = new List<string>();
        var slowest = TimeSpan.Zero;
        try
        {
            for (var i = 0; i < mutations; i++)
            {
                var (mutated, description) = Mutate(validFile, random);
                File.WriteAllBytes(path, mutated);
                var clock = Stopwatch.StartNew();
                try
                {
                    using var reader = ParquetFileReader.Open(path);
                    FullScan.Run(reader);
                    succeeded++;
                }
                catch (ParquetFormatException)
                {
                    formatErrors++;
                }
                catch (NotSupportedException)
                {
                    notSupported++;
                }
#pragma warning disable CA1031 // Recording every other exception type is the point of the fuzzer.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    unexpected.Add($"mutation {i} ({description}): {ex.GetType().Name}: {ex.Message}{Environment.NewLine}{ex.StackTrace}");
                }

                slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
            }
        }
        finally
        {
            File.Delete(path);
        }

        return new FuzzResult(mutations, succeeded, formatErrors, notSupported, unexpected, slowest);
    }

    private static (byte[] Bytes, string Description) Mutate(byte[] valid, Random random)
    {
        var bytes = (byte[])valid.Clone();

        // Half the mutations aim at the footer and the page headers near the end, where lengths live.
        var tail = Math.Min(bytes.Length, 1024);
        int Position() => random.Next(2) == 0 ? bytes.Length - 1 - random.Next(tail) : random.Next(bytes.Length);

        switch (random.Next(5))
        {
            case 0:
                var flips = random.Next(1, 9);
                for (var k = 0; k < flips; k++)
                {
                    var at = Position();
                    bytes[at] ^= (byte)(1 << random.Next(8));
                }

                return (bytes, $"{flips} bit flips");
            case 1:
                var at1 = Position();
                bytes[at1] = (byte)random.Next(256);
                return (bytes, $"byte {at1} overwritten");
            case 2:
                var at2 = Math.Min(Position(), bytes.Length - 4);
                var lie = LyingInts[random.Next(LyingInts.Length)];
                BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at2), lie);
                return (bytes, $"int {lie} at {at2}");
            case 3:
                var length = random.Next(bytes.Length);
                return (bytes[..length], $"truncated to {length}");
            default:
                var at3 = Position();
                var run = Math.Min(random.Next(1, 17), bytes.Length - at3);
                random.NextBytes(bytes.AsSpan(at3, run));
                return (bytes, $"{run} random bytes at {at3}");
        }
    }
}
