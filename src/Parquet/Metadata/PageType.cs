namespace Attendance.Parquet;

/// <summary>Page kinds; the numeric values are those of the format.</summary>
public enum PageType
{
    DataPage = 0,
    IndexPage = 1,
    DictionaryPage = 2,
    DataPageV2 = 3,
}
