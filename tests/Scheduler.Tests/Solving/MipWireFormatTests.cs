using Attendance.Scheduler.Solving;

namespace Attendance.Scheduler.Tests.Solving;

public sealed class MipWireFormatTests
{
    private static byte[] Encode(MipProblem problem, MipSolveOptions options)
    {
        using var stream = new MemoryStream();
        MipWireFormat.WriteProblem(stream, problem, options);
        return stream.ToArray();
    }

    [Fact]
    public void ReadProblem_AfterWrite_ReturnsEqualProblemAndOptions()
    {
        var problem = MipProblems.Knapsack(withNames: true);
        var options = new MipSolveOptions { TimeLimit = TimeSpan.FromSeconds(7.5), Threads = 2, RelativeGap = 0.01, LogLevel = 1 };

        var (decoded, decodedOptions) = MipWireFormat.ReadProblem(new MemoryStream(Encode(problem, options)));

        Assert.Equal(options, decodedOptions);
        Assert.Equal(problem.Maximize, decoded.Maximize);
        Assert.Equal(problem.Objective.ToArray(), decoded.Objective.ToArray());
        Assert.Equal(problem.ColumnLower.ToArray(), decoded.ColumnLower.ToArray());
        Assert.Equal(problem.ColumnUpper.ToArray(), decoded.ColumnUpper.ToArray());
        Assert.Equal(problem.IsInteger.ToArray(), decoded.IsInteger.ToArray());
        Assert.Equal(problem.ColumnStarts.ToArray(), decoded.ColumnStarts.ToArray());
        Assert.Equal(problem.RowIndices.ToArray(), decoded.RowIndices.ToArray());
        Assert.Equal(problem.Values.ToArray(), decoded.Values.ToArray());
        Assert.Equal(problem.RowLower.ToArray(), decoded.RowLower.ToArray());
        Assert.Equal(problem.RowUpper.ToArray(), decoded.RowUpper.ToArray());
        Assert.Equal(problem.ColumnNames, decoded.ColumnNames);
    }

    [Fact]
    public void ReadResult_AfterWrite_ReturnsEqualValues()
    {
        var result = new MipResult(
            MipStatus.TimeLimitWithIncumbent, 12, double.NegativeInfinity, 3.5, double.PositiveInfinity,
            new[] { 1.0, 0, 2 }, 17, TimeSpan.FromMilliseconds(1234), LpRelaxationWasIntegral: false);
        using var stream = new MemoryStream();
        MipWireFormat.WriteResult(stream, result);
        stream.Position = 0;

        var decoded = MipWireFormat.ReadResult(stream, expectedColumns: 3);

        Assert.Equal(result with { Solution = decoded.Solution }, decoded);
        Assert.Equal(result.Solution.ToArray(), decoded.Solution.ToArray());
    }

    [Fact]
    public void ReadProblem_RowIndexCorruptedInFile_ThrowsArgumentExceptionBeforeAnySolve()
    {
        // The child re-validates: a damaged file must not reach CBC either.
        var problem = MipProblems.FromDense([1, 1], [[1, 1]], [0], [1], columnUpper: [1, 1]);
        var bytes = Encode(problem, MipSolveOptions.Default);
        var rowIndexOffset = 4 + 2 + 1 + 12 + (3 * 2 * 8) + 2 + (3 * 4);
        Assert.Equal(0, BitConverter.ToInt32(bytes, rowIndexOffset));
        BitConverter.GetBytes(5).CopyTo(bytes, rowIndexOffset);

        var error = Assert.Throws<ArgumentException>(() => MipWireFormat.ReadProblem(new MemoryStream(bytes)));

        Assert.Equal("rowIndices", error.ParamName);
    }

    [Fact]
    public void ReadProblem_WrongMagic_ThrowsInvalidData()
    {
        var bytes = Encode(MipProblems.Assignment(), MipSolveOptions.Default);
        bytes[0] = (byte)'X';

        Assert.Throws<InvalidDataException>(() => MipWireFormat.ReadProblem(new MemoryStream(bytes)));
    }

    [Fact]
    public void ReadProblem_ImpossibleCount_ThrowsInvalidDataWithoutAllocating()
    {
        var bytes = Encode(MipProblems.Assignment(), MipSolveOptions.Default);
        BitConverter.GetBytes(int.MaxValue).CopyTo(bytes, 7);

        var error = Assert.Throws<InvalidDataException>(() => MipWireFormat.ReadProblem(new MemoryStream(bytes)));

        Assert.Contains("column count", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadProblem_Truncated_ThrowsEndOfStream()
    {
        var bytes = Encode(MipProblems.Assignment(), MipSolveOptions.Default);

        Assert.Throws<EndOfStreamException>(() => MipWireFormat.ReadProblem(new MemoryStream(bytes[..^10])));
    }

    [Fact]
    public void ReadResult_SolutionLengthNotColumnCount_ThrowsInvalidData()
    {
        using var stream = new MemoryStream();
        MipWireFormat.WriteResult(stream, new MipResult(MipStatus.Optimal, 1, 1, 1, 0, new[] { 1.0 }, 0, TimeSpan.Zero, true));
        stream.Position = 0;

        Assert.Throws<InvalidDataException>(() => MipWireFormat.ReadResult(stream, expectedColumns: 2));
    }
}
