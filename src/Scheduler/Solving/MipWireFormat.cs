using System.Text;

namespace Attendance.Scheduler.Solving;

/// <summary>
/// The files exchanged with a CBC child process: a problem with its options in, a result out.
/// Little-endian (BinaryWriter/BinaryReader are little-endian on every platform).
/// </summary>
/// <remarks>
/// Problem: "MIPP", u16 version, u8 flags (1 maximise, 2 names), i32 columns, rows, non-zeros; f64
/// objective, column lower, column upper; u8 integer flags; i32 starts (columns + 1), row indices; f64
/// values, row lower, row upper; names as 7-bit-length-prefixed UTF-8; options (i64 time-limit ticks,
/// i32 threads, f64 relative gap, f64 absolute gap, f64 integrality tolerance, i32 log level).
/// Result: "MIPR", u16 version, i32 status, f64 objective, bound, LP bound, gap, i32 nodes, i64 elapsed
/// ticks, u8 LP-integral, i32 solution length, f64 solution.
/// A decoded problem goes through the <see cref="MipProblem"/> constructor again: the child trusts no file.
/// </remarks>
internal static class MipWireFormat
{
    private const ushort Version = 1;
    private static readonly byte[] ProblemMagic = "MIPP"u8.ToArray();
    private static readonly byte[] ResultMagic = "MIPR"u8.ToArray();

    public static void WriteProblem(Stream stream, MipProblem problem, MipSolveOptions options)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(ProblemMagic);
        writer.Write(Version);
        writer.Write((byte)((problem.Maximize ? 1 : 0) | (problem.ColumnNames is null ? 0 : 2)));
        writer.Write(problem.ColumnCount);
        writer.Write(problem.RowCount);
        writer.Write(problem.NonZeroCount);
        WriteAll(writer, problem.Objective);
        WriteAll(writer, problem.ColumnLower);
        WriteAll(writer, problem.ColumnUpper);
        foreach (var flag in problem.IsInteger)
        {
            writer.Write(flag);
        }

        WriteAll(writer, problem.ColumnStarts);
        WriteAll(writer, problem.RowIndices);
        WriteAll(writer, problem.Values);
        WriteAll(writer, problem.RowLower);
        WriteAll(writer, problem.RowUpper);
        foreach (var name in problem.ColumnNames ?? [])
        {
            writer.Write(name);
        }

        writer.Write(options.TimeLimit.Ticks);
        writer.Write(options.Threads);
        writer.Write(options.RelativeGap);
        writer.Write(options.AbsoluteGap);
        writer.Write(options.IntegralityTolerance);
        writer.Write(options.LogLevel);
    }

    /// <exception cref="InvalidDataException">The stream is not a problem file of this version.</exception>
    /// <exception cref="ArgumentException">The problem or options in the file are invalid.</exception>
    public static (MipProblem Problem, MipSolveOptions Options) ReadProblem(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        ReadHeader(reader, ProblemMagic, "problem");
        var flags = reader.ReadByte();
        var columns = ReadCount(reader, stream, "column");
        var rows = ReadCount(reader, stream, "row");
        var nonZeros = ReadCount(reader, stream, "non-zero");
        var objective = ReadDoubles(reader, columns);
        var columnLower = ReadDoubles(reader, columns);
        var columnUpper = ReadDoubles(reader, columns);
        var isInteger = new bool[columns];
        for (var j = 0; j < columns; j++)
        {
            isInteger[j] = reader.ReadBoolean();
        }

        var starts = ReadInts(reader, columns + 1);
        var rowIndices = ReadInts(reader, nonZeros);
        var values = ReadDoubles(reader, nonZeros);
        var rowLower = ReadDoubles(reader, rows);
        var rowUpper = ReadDoubles(reader, rows);
        string[]? names = null;
        if ((flags & 2) != 0)
        {
            names = new string[columns];
            for (var j = 0; j < columns; j++)
            {
                names[j] = reader.ReadString();
            }
        }

        var problem = new MipProblem(
            objective, columnLower, columnUpper, isInteger, starts, rowIndices, values, rowLower, rowUpper,
            maximize: (flags & 1) != 0, names);
        var options = new MipSolveOptions
        {
            TimeLimit = TimeSpan.FromTicks(reader.ReadInt64()),
            Threads = reader.ReadInt32(),
            RelativeGap = reader.ReadDouble(),
            AbsoluteGap = reader.ReadDouble(),
            IntegralityTolerance = reader.ReadDouble(),
            LogLevel = reader.ReadInt32(),
        };
        options.Validate();
        return (problem, options);
    }

    public static void WriteResult(Stream stream, MipResult result)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(ResultMagic);
        writer.Write(Version);
        writer.Write((int)result.Status);
        writer.Write(result.Objective);
        writer.Write(result.BestBound);
        writer.Write(result.LpBound);
        writer.Write(result.Gap);
        writer.Write(result.NodeCount);
        writer.Write(result.Elapsed.Ticks);
        writer.Write(result.LpRelaxationWasIntegral);
        writer.Write(result.Solution.Length);
        WriteAll(writer, result.Solution.Span);
    }

    /// <exception cref="InvalidDataException">The stream is not a complete result file of this version.</exception>
    public static MipResult ReadResult(Stream stream, int expectedColumns)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        ReadHeader(reader, ResultMagic, "result");
        var status = (MipStatus)reader.ReadInt32();
        if (!Enum.IsDefined(status))
        {
            throw new InvalidDataException($"The result file has an unknown status {(int)status}.");
        }

        var objective = reader.ReadDouble();
        var bound = reader.ReadDouble();
        var lpBound = reader.ReadDouble();
        var gap = reader.ReadDouble();
        var nodes = reader.ReadInt32();
        var elapsed = TimeSpan.FromTicks(reader.ReadInt64());
        var lpIntegral = reader.ReadBoolean();
        var length = reader.ReadInt32();
        if (length != 0 && length != expectedColumns)
        {
            throw new InvalidDataException($"The result file has {length} solution values for {expectedColumns} columns.");
        }

        var solution = ReadDoubles(reader, length);
        return new MipResult(status, objective, bound, lpBound, gap, solution, nodes, elapsed, lpIntegral);
    }

    private static void ReadHeader(BinaryReader reader, byte[] magic, string kind)
    {
        if (!reader.ReadBytes(magic.Length).AsSpan().SequenceEqual(magic))
        {
            throw new InvalidDataException($"Not a MIP {kind} file (bad magic).");
        }

        var version = reader.ReadUInt16();
        if (version != Version)
        {
            throw new InvalidDataException($"MIP {kind} file version {version} is not the supported version {Version}.");
        }
    }

    /// <summary>A count that the rest of the stream can hold (at least a byte each): no huge allocation from a corrupt file.</summary>
    private static int ReadCount(BinaryReader reader, Stream stream, string what)
    {
        var count = reader.ReadInt32();
        if (count < 0 || (stream.CanSeek && count > stream.Length - stream.Position))
        {
            throw new InvalidDataException($"The problem file has an impossible {what} count {count}.");
        }

        return count;
    }

    private static void WriteAll(BinaryWriter writer, ReadOnlySpan<double> values)
    {
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static void WriteAll(BinaryWriter writer, ReadOnlySpan<int> values)
    {
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static double[] ReadDoubles(BinaryReader reader, int count)
    {
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = reader.ReadDouble();
        }

        return values;
    }

    private static int[] ReadInts(BinaryReader reader, int count)
    {
        var values = new int[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = reader.ReadInt32();
        }

        return values;
    }
}
