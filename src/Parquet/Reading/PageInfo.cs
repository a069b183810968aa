namespace Attendance.Parquet.Reading;

/// <summary>A page found while scanning a column chunk: its header and where its body starts.</summary>
internal readonly record struct PageInfo(PageHeader Header, int BodyOffset);
