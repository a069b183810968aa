using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Attendance.Parquet.Thrift;

/// <summary>
/// Bounds-checked reader of the Thrift compact protocol over a byte span. Every length is checked
/// against the bytes that remain before anything is allocated, and nesting is limited, so corrupt
/// input ends in a <see cref="ParquetFormatException"/> rather than a hang or a huge allocation.
/// </summary>
internal ref struct ThriftReader
{
    private const int MaxDepth = 64;

    private readonly ReadOnlySpan<byte> _data;
    private int _position;
    private int _depth;
    private short _lastFieldId;
    private bool _pendingBool;

    public ThriftReader(ReadOnlySpan<byte> data)
    {
        _data = data;
    }

    /// <summary>Bytes consumed so far.</summary>
    public readonly int Position => _position;

    /// <summary>Enters a struct; returns the previous last field id, to hand back to <see cref="EndStruct"/>.</summary>
    public short BeginStruct()
    {
        if (++_depth > MaxDepth)
        {
            Fail("structures nested too deeply");
        }

        var saved = _lastFieldId;
        _lastFieldId = 0;
        return saved;
    }

    public void EndStruct(short saved)
    {
        _depth--;
        _lastFieldId = saved;
    }

    /// <summary>Reads the next field header; returns false at the struct's stop byte.</summary>
    public bool NextField(out short id, out CompactType type)
    {
        var header = ReadByte();
        type = (CompactType)(header & 0x0F);
        if (type == CompactType.Stop)
        {
            id = 0;
            return false;
        }

        var delta = header >> 4;
        if (delta != 0)
        {
            id = (short)(_lastFieldId + delta);
        }
        else
        {
            var raw = ZigZag(ReadVarint64(3));
            if (raw is < short.MinValue or > short.MaxValue)
            {
                Fail("field id out of range");
            }

            id = (short)raw;
        }

        _lastFieldId = id;
        if (type is CompactType.BooleanTrue or CompactType.BooleanFalse)
        {
            _pendingBool = type == CompactType.BooleanTrue;
        }
        else if (type > CompactType.Struct)
        {
            Fail($"unknown field type {(int)type}");
        }

        return true;
    }

    /// <summary>Reads a boolean field value (carried in the field header).</summary>
    public readonly bool ReadBoolField(CompactType type)
    {
        if (type is not (CompactType.BooleanTrue or CompactType.BooleanFalse))
        {
            Fail($"expected a boolean, found type {(int)type}");
        }

        return _pendingBool;
    }

    public int ReadI32() => (int)ZigZag(ReadVarint64(5));

    public long ReadI64() => ZigZag(ReadVarint64(10));

    public sbyte ReadI8() => (sbyte)ReadByte();

    public double ReadDouble()
    {
        var bytes = Take(8);
        return BinaryPrimitives.ReadDoubleLittleEndian(bytes);
    }

    public ReadOnlySpan<byte> ReadBinary()
    {
        var length = ReadVarint64(5);
        if (length > (ulong)(_data.Length - _position))
        {
            Fail($"binary length {length} exceeds the {_data.Length - _position} bytes left");
        }

        return Take((int)length);
    }

    public string ReadString()
    {
        var bytes = ReadBinary();
        try
        {
            return Utf8Strict.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new ParquetFormatException("corrupt Thrift: string is not valid UTF-8", ex);
        }
    }

    /// <summary>Reads a list header. The count is checked against the bytes left (each element takes at least one byte).</summary>
    public int ReadListHeader(out CompactType elementType)
    {
        var header = ReadByte();
        elementType = (CompactType)(header & 0x0F);
        var size = (ulong)(header >> 4);
        if (size == 15)
        {
            size = ReadVarint64(5);
        }

        if (size > (ulong)(_data.Length - _position))
        {
            Fail($"list of {size} elements exceeds the {_data.Length - _position} bytes left");
        }

        return (int)size;
    }

    /// <summary>Reads a boolean list element (one byte: 1 is true).</summary>
    public bool ReadBoolElement() => ReadByte() == 1;

    /// <summary>Skips a value of the given type, including nested structs and collections.</summary>
    public void Skip(CompactType type)
    {
        switch (type)
        {
            case CompactType.BooleanTrue:
            case CompactType.BooleanFalse:
                return;
            case CompactType.Byte:
                ReadByte();
                return;
            case CompactType.I16:
            case CompactType.I32:
            case CompactType.I64:
                ReadVarint64(10);
                return;
            case CompactType.Double:
                Take(8);
                return;
            case CompactType.Binary:
                ReadBinary();
                return;
            case CompactType.List:
            case CompactType.Set:
                SkipList();
                return;
            case CompactType.Map:
                SkipMap();
                return;
            case CompactType.Struct:
                SkipStruct();
                return;
            default:
                Fail($"cannot skip unknown type {(int)type}");
                return;
        }
    }

    public void SkipStruct()
    {
        var saved = BeginStruct();
        while (NextField(out _, out var type))
        {
            Skip(type);
        }

        EndStruct(saved);
    }

    [DoesNotReturn]
    public static void Fail(string detail) => throw new ParquetFormatException("corrupt Thrift: " + detail);

    private static readonly UTF8Encoding Utf8Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Skips a list whose header has not been read yet; returns its element count.</summary>
    public int SkipList()
    {
        var count = ReadListHeader(out var elementType);
        EnterCollection();
        for (var i = 0; i < count; i++)
        {
            SkipElement(elementType);
        }

        _depth--;
        return count;
    }

    private void SkipMap()
    {
        var size = ReadVarint64(5);
        if (size == 0)
        {
            return;
        }

        if (size > (ulong)(_data.Length - _position))
        {
            Fail($"map of {size} entries exceeds the bytes left");
        }

        var types = ReadByte();
        EnterCollection();
        for (ulong i = 0; i < size; i++)
        {
            SkipElement((CompactType)(types >> 4));
            SkipElement((CompactType)(types & 0x0F));
        }

        _depth--;
    }

    private void SkipElement(CompactType type)
    {
        if (type is CompactType.BooleanTrue or CompactType.BooleanFalse)
        {
            ReadByte();
        }
        else
        {
            Skip(type);
        }
    }

    private void EnterCollection()
    {
        if (++_depth > MaxDepth)
        {
            Fail("collections nested too deeply");
        }
    }

    private byte ReadByte()
    {
        if (_position >= _data.Length)
        {
            Fail("unexpected end of data");
        }

        return _data[_position++];
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _data.Length - _position)
        {
            Fail("unexpected end of data");
        }

        var slice = _data.Slice(_position, count);
        _position += count;
        return slice;
    }

    private ulong ReadVarint64(int maxBytes)
    {
        ulong result = 0;
        for (var i = 0; i < maxBytes; i++)
        {
            var b = ReadByte();
            result |= (ulong)(b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }

        Fail("varint too long");
        return 0;
    }

    private static long ZigZag(ulong n) => (long)(n >> 1) ^ -(long)(n & 1);
}
