using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Text;
using Attendance.Parquet;

namespace Attendance.App.Cli;

/// <summary>
/// Text forms of Parquet values for <c>attendance parquet</c>: invariant culture, timestamps as
/// ISO-8601 UTC, floats in shortest round-trip form, byte strings as hex (UUIDs in their usual form).
/// </summary>
internal static class ParquetValueText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private const long MinDateTimeMicros = -62_135_596_800_000_000; // 0001-01-01T00:00:00Z
    private const long MaxDateTimeMicros = 253_402_300_799_999_999; // 9999-12-31T23:59:59.999999Z

    public static string Boolean(bool value) => value ? "true" : "false";

    public static string Float(float value) => value.ToString("R", Invariant);

    public static string Double(double value) => value.ToString("R", Invariant);

    public static string Integer(long value) => value.ToString(Invariant);

    public static string Decimal(decimal value) => value.ToString(Invariant);

    /// <summary>Microseconds since the Unix epoch as ISO-8601 UTC; outside years 1–9999 the raw number.</summary>
    public static string TimestampMicros(long micros) =>
        micros is < MinDateTimeMicros or > MaxDateTimeMicros
            ? Integer(micros)
            : DateTime.UnixEpoch.AddTicks(micros * 10).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFF'Z'", Invariant);

    public static string Date(int daysSinceEpoch) =>
        daysSinceEpoch is < -719_162 or > 2_932_896
            ? Integer(daysSinceEpoch)
            : DateOnly.FromDayNumber(719_162 + daysSinceEpoch).ToString("yyyy-MM-dd", Invariant);

    public static string TimeOfDayMicros(long micros) =>
        micros is < 0 or >= 86_400_000_000
            ? Integer(micros)
            : new TimeOnly(micros * 10).ToString("HH:mm:ss.FFFFFF", Invariant);

    public static string Bytes(byte[] value, LogicalType? logical) =>
        logical?.Kind == LogicalTypeKind.Uuid && value.Length == 16
            ? new Guid(value, bigEndian: true).ToString("D")
            : Convert.ToHexStringLower(value);

    /// <summary>
    /// A PLAIN-encoded statistics value as text, following the column's type; hex when the type has
    /// no better form or the bytes do not fit it.
    /// </summary>
    public static string Statistic(ReadOnlySpan<byte> plain, ParquetColumn column)
    {
        var logical = column.LogicalType;
        switch (column.PhysicalType)
        {
            case PhysicalType.Boolean when plain.Length >= 1:
                return Boolean(plain[0] != 0);
            case PhysicalType.Int32 when plain.Length == 4:
                var i32 = BinaryPrimitives.ReadInt32LittleEndian(plain);
                return logical?.Kind switch
                {
                    LogicalTypeKind.Date => Date(i32),
                    LogicalTypeKind.Time => TimeOfDayMicros(i32 * 1000L),
                    LogicalTypeKind.Decimal => Decimal(new BigInteger(i32), logical.Scale),
                    LogicalTypeKind.Integer when !logical.IsSigned => Integer((uint)i32),
                    _ => Integer(i32),
                };
            case PhysicalType.Int64 when plain.Length == 8:
                var i64 = BinaryPrimitives.ReadInt64LittleEndian(plain);
                return logical?.Kind switch
                {
                    LogicalTypeKind.Timestamp => TimestampMicros(ToMicros(i64, logical.Unit)),
                    LogicalTypeKind.Time => TimeOfDayMicros(ToMicros(i64, logical.Unit)),
                    LogicalTypeKind.Decimal => Decimal(new BigInteger(i64), logical.Scale),
                    LogicalTypeKind.Integer when !logical.IsSigned => ((ulong)i64).ToString(Invariant),
                    _ => Integer(i64),
                };
            case PhysicalType.Float when plain.Length == 4:
                return Float(BinaryPrimitives.ReadSingleLittleEndian(plain));
            case PhysicalType.Double when plain.Length == 8:
                return Double(BinaryPrimitives.ReadDoubleLittleEndian(plain));
            case PhysicalType.ByteArray or PhysicalType.FixedLenByteArray:
                if (logical?.Kind is LogicalTypeKind.String or LogicalTypeKind.Enum or LogicalTypeKind.Json)
                {
                    return Encoding.UTF8.GetString(plain);
                }
                if (logical?.Kind == LogicalTypeKind.Decimal)
                {
                    return Decimal(new BigInteger(plain, isUnsigned: false, isBigEndian: true), logical.Scale);
                }
                return Bytes(plain.ToArray(), logical);
            default:
                return Convert.ToHexStringLower(plain);
        }
    }

    private static long ToMicros(long value, TimeUnit unit) => unit switch
    {
        TimeUnit.Millis => value * 1000,
        TimeUnit.Nanos => FloorDiv(value, 1000),
        _ => value,
    };

    private static long FloorDiv(long value, long divisor)
    {
        var quotient = Math.DivRem(value, divisor, out var remainder);
        return remainder < 0 ? quotient - 1 : quotient;
    }

    private static string Decimal(BigInteger unscaled, int scale)
    {
        if (scale <= 0)
        {
            return (unscaled * BigInteger.Pow(10, -scale)).ToString(Invariant);
        }
        var digits = BigInteger.Abs(unscaled).ToString(Invariant).PadLeft(scale + 1, '0');
        var sign = unscaled.Sign < 0 ? "-" : string.Empty;
        return $"{sign}{digits[..^scale]}.{digits[^scale..]}";
    }
}
