using Attendance.Parquet.Thrift;

namespace Attendance.Parquet;

/// <summary>One entry of file or column key-value metadata.</summary>
public sealed record KeyValue(string Key, string? Value) : IThriftStruct<KeyValue>
{
    static KeyValue IThriftStruct<KeyValue>.Read(ref ThriftReader reader)
    {
        var saved = reader.BeginStruct();
        string? key = null, value = null;
        while (reader.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == CompactType.Binary: key = reader.ReadString(); break;
                case 2 when type == CompactType.Binary: value = reader.ReadString(); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct(saved);
        ThriftLists.Require(key is not null, nameof(KeyValue), "key");
        return new KeyValue(key!, value);
    }

    internal void Write(ThriftWriter writer)
    {
        writer.BeginStructElement();
        writer.String(1, Key);
        if (Value is not null)
        {
            writer.String(2, Value);
        }

        writer.EndStruct();
    }
}
