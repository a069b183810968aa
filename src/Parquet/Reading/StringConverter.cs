using System.Text;
using Attendance.Parquet.Encodings;

namespace Attendance.Parquet.Reading;

/// <summary>UTF-8 text; each call makes new strings (dictionaries call it once per entry).</summary>
internal sealed class StringConverter : ValueConverter<string>
{
    public override void FromBytes(ReadOnlySpan<byte> data, ReadOnlySpan<ByteRange> ranges, Span<string> dst)
    {
        for (var i = 0; i < ranges.Length; i++)
        {
            var r = ranges[i];
            dst[i] = r.Length == 0 ? string.Empty : Encoding.UTF8.GetString(data.Slice(r.Start, r.Length));
        }
    }
}
