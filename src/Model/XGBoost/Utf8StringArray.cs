using System.Runtime.InteropServices;
using System.Text;

namespace Attendance.Model.XGBoost;

/// <summary>
/// Strings as a native <c>char const**</c> of NUL-terminated UTF-8, in one unmanaged block that
/// holds the pointer table followed by the characters; freed on dispose.
/// </summary>
internal sealed unsafe class Utf8StringArray : IDisposable
{
    private void* block;

    public Utf8StringArray(IReadOnlyList<string> values)
    {
        Count = values.Count;
        var tableBytes = Count * sizeof(byte*);
        var textBytes = 0;
        foreach (var value in values)
        {
            ArgumentException.ThrowIfNullOrEmpty(value, nameof(values));
            textBytes += Encoding.UTF8.GetByteCount(value) + 1;
        }

        block = NativeMemory.Alloc((nuint)(tableBytes + textBytes));
        var table = (byte**)block;
        var text = new Span<byte>((byte*)block + tableBytes, textBytes);
        var offset = 0;
        for (var i = 0; i < Count; i++)
        {
            table[i] = (byte*)block + tableBytes + offset;
            offset += Encoding.UTF8.GetBytes(values[i], text[offset..]);
            text[offset++] = 0;
        }
    }

    public int Count { get; }

    public byte** Pointer => (byte**)block;

    public void Dispose()
    {
        NativeMemory.Free(block);
        block = null;
    }
}
