using System.Buffers;
using System.Text;

namespace Attendance.Parquet.Thrift;

/// <summary>Writer of the Thrift compact protocol into a growable buffer.</summary>
internal sealed class ThriftWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256);
    private readonly Stack<short> _lastIds = new();
    private short _lastFieldId;

    public ReadOnlySpan<byte> WrittenSpan => _buffer.WrittenSpan;

    public void Reset()
    {
        _buffer.ResetWrittenCount();
        _lastIds.Clear();
        _lastFieldId = 0;
    }

    public void BeginStruct(short fieldId)
    {
        FieldHeader(fieldId, CompactType.Struct);
        BeginStructElement();
    }

    /// <summary>Begins a struct that is a list element (no field header).</summary>
    public void BeginStructElement()
    {
        _lastIds.Push(_lastFieldId);
        _lastFieldId = 0;
    }

    public void EndStruct()
    {
        WriteByte(0);
        _lastFieldId = _lastIds.Count > 0 ? _lastIds.Pop() : (short)0;
    }

    /// <summary>Writes the stop byte of the outermost struct.</summary>
    public void EndTopLevel() => WriteByte(0);

    public void EmptyStruct(short fieldId)
    {
        BeginStruct(fieldId);
        EndStruct();
    }

    public void I32(short fieldId, int value)
    {
        FieldHeader(fieldId, CompactType.I32);
        Varint(ZigZag(value));
    }

    public void I16(short fieldId, short value)
    {
        FieldHeader(fieldId, CompactType.I16);
        Varint(ZigZag(value));
    }

    public void I64(short fieldId, long value)
    {
        FieldHeader(fieldId, CompactType.I64);
        Varint(ZigZag(value));
    }

    public void I8(short fieldId, sbyte value)
    {
        FieldHeader(fieldId, CompactType.Byte);
        WriteByte((byte)value);
    }

    public void Bool(short fieldId, bool value) =>
        FieldHeader(fieldId, value ? CompactType.BooleanTrue : CompactType.BooleanFalse);

    public void Binary(short fieldId, ReadOnlySpan<byte> value)
    {
        FieldHeader(fieldId, CompactType.Binary);
        BinaryElement(value);
    }

    public void String(short fieldId, string value)
    {
        FieldHeader(fieldId, CompactType.Binary);
        StringElement(value);
    }

    public void ListHeader(short fieldId, CompactType elementType, int count)
    {
        FieldHeader(fieldId, CompactType.List);
        if (count < 15)
        {
            WriteByte((byte)((count << 4) | (int)elementType));
        }
        else
        {
            WriteByte((byte)(0xF0 | (int)elementType));
            Varint((uint)count);
        }
    }

    public void I32Element(int value) => Varint(ZigZag(value));

    public void BinaryElement(ReadOnlySpan<byte> value)
    {
        Varint((uint)value.Length);
        value.CopyTo(_buffer.GetSpan(value.Length));
        _buffer.Advance(value.Length);
    }

    public void StringElement(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        Varint((uint)length);
        var written = Encoding.UTF8.GetBytes(value, _buffer.GetSpan(length));
        _buffer.Advance(written);
    }

    private void FieldHeader(short fieldId, CompactType type)
    {
        var delta = fieldId - _lastFieldId;
        if (delta is > 0 and <= 15)
        {
            WriteByte((byte)((delta << 4) | (int)type));
        }
        else
        {
            WriteByte((byte)type);
            Varint(ZigZag(fieldId));
        }

        _lastFieldId = fieldId;
    }

    private void WriteByte(byte value)
    {
        _buffer.GetSpan(1)[0] = value;
        _buffer.Advance(1);
    }

    private void Varint(ulong value)
    {
        var span = _buffer.GetSpan(10);
        var i = 0;
        while (value >= 0x80)
        {
            span[i++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[i++] = (byte)value;
        _buffer.Advance(i);
    }

    private static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));
}
