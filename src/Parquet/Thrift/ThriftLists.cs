namespace Attendance.Parquet.Thrift;

/// <summary>List decoding shared by the metadata structs.</summary>
internal static class ThriftLists
{
    public static T ReadStruct<T>(ref ThriftReader reader)
        where T : IThriftStruct<T> => T.Read(ref reader);

    public static T[] ReadStructs<T>(ref ThriftReader reader)
        where T : IThriftStruct<T>
    {
        var count = reader.ReadListHeader(out var type);
        Expect(type, CompactType.Struct, count);
        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = T.Read(ref reader);
        }

        return items;
    }

    public static int[] ReadI32s(ref ThriftReader reader)
    {
        var count = reader.ReadListHeader(out var type);
        Expect(type, CompactType.I32, count);
        var items = new int[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = reader.ReadI32();
        }

        return items;
    }

    public static string[] ReadStrings(ref ThriftReader reader)
    {
        var count = reader.ReadListHeader(out var type);
        Expect(type, CompactType.Binary, count);
        var items = new string[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = reader.ReadString();
        }

        return items;
    }

    /// <summary>Fails when a required field was never seen.</summary>
    public static void Require(bool seen, string structName, string fieldName)
    {
        if (!seen)
        {
            ThriftReader.Fail($"{structName} lacks required field {fieldName}");
        }
    }

    private static void Expect(CompactType actual, CompactType expected, int count)
    {
        // An empty list may carry any element type.
        if (count > 0 && actual != expected)
        {
            ThriftReader.Fail($"list of {actual} where {expected} was expected");
        }
    }
}
