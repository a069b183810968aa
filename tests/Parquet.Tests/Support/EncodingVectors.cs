namespace Attendance.Parquet.Tests.Support;

/// <summary>Byte vectors built by hand from the examples in parquet-format's Encodings.md.</summary>
internal static class EncodingVectors
{
    /// <summary>DELTA_BINARY_PACKED of 1,2,3,4,5: every delta is the min delta 1, so bit width 0 and no packed bytes.</summary>
    public static readonly byte[] DeltaExample1 =
    [
        0x80, 0x01, // block size 128
        0x04,       // 4 miniblocks
        0x05,       // 5 values
        0x02,       // first value 1 (zigzag)
        0x02,       // min delta 1 (zigzag)
        0, 0, 0, 0, // bit widths
    ];

    /// <summary>
    /// DELTA_BINARY_PACKED of 7,5,3,1,2,3,4,5: deltas -2,-2,-2,1,1,1,1, min delta -2, so relative
    /// deltas 0,0,0,3,3,3,3 in 2 bits; one full miniblock of 32 values (8 bytes).
    /// </summary>
    public static readonly byte[] DeltaExample2 =
    [
        0x80, 0x01, 0x04, 0x08,
        0x0E,                   // first value 7
        0x03,                   // min delta -2
        2, 0, 0, 0,             // bit widths
        0xC0, 0x3F, 0, 0, 0, 0, 0, 0,
    ];

    /// <summary>DELTA_LENGTH_BYTE_ARRAY of Hello, World, Foobar, ABCDEF: lengths 5,5,6,6 then the bytes.</summary>
    public static readonly byte[] DeltaLengthExample =
    [
        0x80, 0x01, 0x04, 0x04,
        0x0A,                   // first length 5
        0x00,                   // min delta 0
        1, 0, 0, 0,             // relative deltas 0,1,0 in 1 bit
        0x02, 0, 0, 0,
        .. "HelloWorldFoobarABCDEF"u8,
    ];

    /// <summary>DELTA_BYTE_ARRAY of axis, axle, babble, babyhood: prefixes 0,2,0,3, suffixes axis, le, babble, yhood.</summary>
    public static readonly byte[] DeltaByteArrayExample =
    [
        // prefix lengths 0,2,0,3: first 0, deltas 2,-2,3, min -2, relative 4,0,5 in 3 bits
        0x80, 0x01, 0x04, 0x04, 0x00, 0x03, 3, 0, 0, 0,
        0x44, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // suffix lengths 4,2,6,5: first 4, deltas -2,4,-1, min -2, relative 0,6,1 in 3 bits
        0x80, 0x01, 0x04, 0x04, 0x08, 0x03, 3, 0, 0, 0,
        0x70, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        .. "axislebabbleyhood"u8,
    ];
}
