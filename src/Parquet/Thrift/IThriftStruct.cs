namespace Attendance.Parquet.Thrift;

/// <summary>A Thrift struct that can decode itself from the compact protocol.</summary>
internal interface IThriftStruct<out T>
{
    static abstract T Read(ref ThriftReader reader);
}
