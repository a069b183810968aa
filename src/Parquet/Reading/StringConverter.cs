using System.Text;
using Attendance.Parquet.Encodings;

namespace Attendance.Parquet.Reading;

/// <summary>
/// UTF-8 text; each call makes new strings (dictionaries call it once per entry). Invalid UTF-8 is
/// an error rather than silently replaced characters; such columns can be read as byte[].
/// </summary>
internal sealed class StringConverter : ValueConverter<string>
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public override void FromBytes(ReadOnlySpan<byte> data, ReadOnlySpan<ByteRange> ranges, Span<string> dst)
    {
        for (var i = 0; i < ranges.Length; i++)
        {
            var r = ranges[i];
            try
            {
                dst[i] = r.Length == 0 ? string.Empty : Strict.GetString(data.Slice(r.Start, r.Length));
            }
            catch (DecoderFallbackException ex)
            {
                throw new ParquetFormatException($"value {i} of the page is not valid UTF-8 (read the column as byte[] to get the raw bytes)", ex);
            }
        }
    }
}
