using Attendance.Parquet.Thrift;

namespace Attendance.Parquet;

/// <summary>
/// Column chunk or page statistics. Values are PLAIN-encoded (without length prefix for byte arrays).
/// <see cref="MinValue"/>/<see cref="MaxValue"/> follow the column's sort order; the legacy
/// <see cref="Min"/>/<see cref="Max"/> are signed-order values written by old tools.
/// </summary>
public sealed class Statistics : IThriftStruct<Statistics>
{
    public ReadOnlyMemory<byte>? Max { get; internal set; }

    public ReadOnlyMemory<byte>? Min { get; internal set; }

    public long? NullCount { get; internal set; }

    public long? DistinctCount { get; internal set; }

    public ReadOnlyMemory<byte>? MaxValue { get; internal set; }

    public ReadOnlyMemory<byte>? MinValue { get; internal set; }

    static Statistics IThriftStruct<Statistics>.Read(ref ThriftReader reader)
    {
        var saved = reader.BeginStruct();
        var s = new Statistics();
        while (reader.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == CompactType.Binary: s.Max = reader.ReadBinary().ToArray(); break;
                case 2 when type == CompactType.Binary: s.Min = reader.ReadBinary().ToArray(); break;
                case 3 when type == CompactType.I64: s.NullCount = reader.ReadI64(); break;
                case 4 when type == CompactType.I64: s.DistinctCount = reader.ReadI64(); break;
                case 5 when type == CompactType.Binary: s.MaxValue = reader.ReadBinary().ToArray(); break;
                case 6 when type == CompactType.Binary: s.MinValue = reader.ReadBinary().ToArray(); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct(saved);
        return s;
    }

    internal void Write(ThriftWriter writer, short fieldId)
    {
        writer.BeginStruct(fieldId);
        if (NullCount is { } nulls)
        {
            writer.I64(3, nulls);
        }

        if (MaxValue is { } max)
        {
            writer.Binary(5, max.Span);
        }

        if (MinValue is { } min)
        {
            writer.Binary(6, min.Span);
        }

        writer.EndStruct();
    }
}
