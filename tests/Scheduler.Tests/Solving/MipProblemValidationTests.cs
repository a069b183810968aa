using Attendance.Scheduler.Solving;
using FsCheck;
using FsCheck.Fluent;

namespace Attendance.Scheduler.Tests.Solving;

/// <summary>
/// Every malformed problem must be rejected by the constructor: a <see cref="MipProblem"/> is the only
/// thing the CBC interop accepts, so a rejected problem can never reach a native call.
/// </summary>
public sealed class MipProblemValidationTests
{
    /// <summary>Two columns, two rows: column 0 in rows 0 and 1, column 1 in row 1.</summary>
    private sealed class Arrays
    {
        public double[] Objective { get; set; } = [1, 2];
        public double[] ColumnLower { get; set; } = [0, 0];
        public double[] ColumnUpper { get; set; } = [1, double.PositiveInfinity];
        public bool[] IsInteger { get; set; } = [true, false];
        public int[] ColumnStarts { get; set; } = [0, 2, 3];
        public int[] RowIndices { get; set; } = [0, 1, 1];
        public double[] Values { get; set; } = [1, 1, 3];
        public double[] RowLower { get; set; } = [double.NegativeInfinity, 1];
        public double[] RowUpper { get; set; } = [4, 1];
        public string[]? Names { get; set; }

        public MipProblem Build() => new(
            Objective, ColumnLower, ColumnUpper, IsInteger, ColumnStarts, RowIndices, Values, RowLower, RowUpper,
            maximize: false, Names);
    }

    private static ArgumentException AssertRejected(Action<Arrays> corrupt, string parameter, string messagePart)
    {
        var arrays = new Arrays();
        corrupt(arrays);
        var error = Assert.Throws<ArgumentException>(arrays.Build);
        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
        return error;
    }

    [Fact]
    public void Constructor_ValidArrays_Accepts()
    {
        var problem = new Arrays().Build();

        Assert.Equal((2, 2, 3, 1), (problem.ColumnCount, problem.RowCount, problem.NonZeroCount, problem.IntegerCount));
    }

    [Fact]
    public void Constructor_CallerChangesArraysAfterwards_ProblemKeepsValidatedCopy()
    {
        var arrays = new Arrays();
        var problem = arrays.Build();

        arrays.RowIndices[0] = 99;
        arrays.ColumnUpper[0] = double.NaN;

        Assert.Equal(0, problem.RowIndices[0]);
        Assert.Equal(1, problem.ColumnUpper[0]);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(-1)]
    public void Constructor_RowIndexOutOfRange_ThrowsNamingIndexAndColumn(int row) =>
        AssertRejected(a => a.RowIndices[2] = row, "rowIndices", $"rowIndices[2] (column 1) is {row}, outside the 2 rows");

    [Fact]
    public void Constructor_DuplicateRowInColumn_Throws() =>
        AssertRejected(a => a.RowIndices[1] = 0, "rowIndices", "column 0 has row 0 more than once");

    [Fact]
    public void Constructor_DecreasingColumnStarts_Throws() =>
        AssertRejected(a => a.ColumnStarts = [0, 4, 3], "columnStarts", "columnStarts[2] = 3 < columnStarts[1] = 4");

    [Fact]
    public void Constructor_ColumnStartsNotFromZero_Throws() =>
        AssertRejected(a => a.ColumnStarts = [1, 2, 3], "columnStarts", "columnStarts[0] is 1 but must be 0");

    [Fact]
    public void Constructor_ColumnStartsNotEndingAtValueCount_Throws() =>
        AssertRejected(a => a.ColumnStarts = [0, 2, 2], "columnStarts", "must equal the number of values, 3");

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_NonFiniteObjective_Throws(double value) =>
        AssertRejected(a => a.Objective[1] = value, "objective", "objective[1]");

    [Fact]
    public void Constructor_NaNCoefficient_Throws() =>
        AssertRejected(a => a.Values[2] = double.NaN, "values", "values[2] is NaN");

    [Fact]
    public void Constructor_NaNColumnBound_Throws() =>
        AssertRejected(a => a.ColumnUpper[1] = double.NaN, "columnUpper", "columnUpper[1] is NaN");

    [Fact]
    public void Constructor_NaNRowBound_Throws() =>
        AssertRejected(a => a.RowLower[1] = double.NaN, "rowLower", "rowLower[1] is NaN");

    [Fact]
    public void Constructor_ColumnLowerAboveUpper_Throws() =>
        AssertRejected(a => a.ColumnLower[0] = 2, "columnLower", "column 0 has lower bound 2 above its upper bound 1");

    [Fact]
    public void Constructor_RowLowerAboveUpper_Throws() =>
        AssertRejected(a => a.RowLower[1] = 5, "rowLower", "row 1 has lower bound 5 above its upper bound 1");

    [Fact]
    public void Constructor_LowerBoundPlusInfinity_Throws() =>
        AssertRejected(a => a.ColumnLower[1] = double.PositiveInfinity, "columnLower", "below +∞");

    [Theory]
    [InlineData("columnLower")]
    [InlineData("columnUpper")]
    [InlineData("isInteger")]
    [InlineData("columnStarts")]
    [InlineData("rowIndices")]
    [InlineData("rowUpper")]
    public void Constructor_ArrayLengthMismatch_ThrowsNamingArray(string parameter) =>
        AssertRejected(
            a =>
            {
                switch (parameter)
                {
                    case "columnLower": a.ColumnLower = [0]; break;
                    case "columnUpper": a.ColumnUpper = [1, 1, 1]; break;
                    case "isInteger": a.IsInteger = [true]; break;
                    case "columnStarts": a.ColumnStarts = [0, 3]; break;
                    case "rowIndices": a.RowIndices = [0, 1]; break;
                    case "rowUpper": a.RowUpper = [4]; break;
                }
            },
            parameter,
            $"{parameter} has");

    [Fact]
    public void Constructor_NoColumns_Throws() =>
        AssertRejected(
            a => (a.Objective, a.ColumnLower, a.ColumnUpper, a.IsInteger, a.ColumnStarts, a.RowIndices, a.Values) =
                ([], [], [], [], [0], [], []),
            "objective",
            "no columns");

    [Theory]
    [InlineData("has space")]
    [InlineData("")]
    [InlineData("tab\there")]
    public void Constructor_UnwritableColumnName_Throws(string name) =>
        AssertRejected(a => a.Names = ["ok", name], "columnNames", "columnNames[1]");

    [Fact]
    public void Constructor_DuplicateColumnName_Throws() =>
        AssertRejected(a => a.Names = ["x", "x"], "columnNames", "repeats columnNames[0]");

    [Fact]
    public void Constructor_WrongNumberOfNames_Throws() =>
        AssertRejected(a => a.Names = ["x"], "columnNames", "columnNames has 1 entries");

    [Fact]
    public void ObjectiveValue_WrongLength_Throws() =>
        Assert.Throws<ArgumentException>(() => new Arrays().Build().ObjectiveValue([1.0]));

    [Fact]
    public void Constructor_RandomArrays_EitherAcceptsOrThrowsArgumentException()
    {
        // Any other exception (IndexOutOfRange above all) would mean a check reads before it validates.
        Prop.ForAll<int>(seed =>
        {
            var random = new Random(seed);
            double Pick() => random.Next(8) switch
            {
                0 => double.NaN,
                1 => double.PositiveInfinity,
                2 => double.NegativeInfinity,
                _ => random.Next(-3, 4),
            };
            double[] Doubles(int length) => Enumerable.Range(0, Math.Max(0, length)).Select(_ => Pick()).ToArray();
            int[] Ints(int length, int max) => Enumerable.Range(0, Math.Max(0, length)).Select(_ => random.Next(-1, max + 1)).ToArray();
            int Jitter(int length) => length + random.Next(-1, 2);

            var columns = random.Next(0, 4);
            var rows = random.Next(0, 4);
            var nonZeros = random.Next(0, 6);
            var starts = Ints(Jitter(columns + 1), nonZeros + 1);
            Array.Sort(starts);
            if (starts.Length > 0 && random.Next(2) == 0)
            {
                starts[0] = 0;
                starts[^1] = nonZeros;
            }

            try
            {
                _ = new MipProblem(
                    Doubles(columns), Doubles(Jitter(columns)), Doubles(Jitter(columns)),
                    Enumerable.Range(0, Math.Max(0, Jitter(columns))).Select(_ => random.Next(2) == 0).ToArray(),
                    starts, Ints(Jitter(nonZeros), rows), Doubles(nonZeros), Doubles(rows), Doubles(Jitter(rows)));
            }
            catch (ArgumentException)
            {
            }
        }).QuickCheckThrowOnFailure();
    }
}
