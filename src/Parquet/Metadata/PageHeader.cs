using Attendance.Parquet.Thrift;

namespace Attendance.Parquet;

/// <summary>The header in front of every page of a column chunk.</summary>
internal sealed class PageHeader : IThriftStruct<PageHeader>
{
    public PageType Type { get; set; }

    public int UncompressedPageSize { get; set; }

    public int CompressedPageSize { get; set; }

    public DataPageHeader? DataPageHeader { get; set; }

    public DictionaryPageHeader? DictionaryPageHeader { get; set; }

    public DataPageHeaderV2? DataPageHeaderV2 { get; set; }

    static PageHeader IThriftStruct<PageHeader>.Read(ref ThriftReader reader)
    {
        var saved = reader.BeginStruct();
        var h = new PageHeader();
        var seen = 0;
        while (reader.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == CompactType.I32: h.Type = (PageType)reader.ReadI32(); seen |= 1; break;
                case 2 when type == CompactType.I32: h.UncompressedPageSize = reader.ReadI32(); seen |= 2; break;
                case 3 when type == CompactType.I32: h.CompressedPageSize = reader.ReadI32(); seen |= 4; break;
                case 5 when type == CompactType.Struct: h.DataPageHeader = ThriftLists.ReadStruct<DataPageHeader>(ref reader); break;
                case 7 when type == CompactType.Struct: h.DictionaryPageHeader = ThriftLists.ReadStruct<DictionaryPageHeader>(ref reader); break;
                case 8 when type == CompactType.Struct: h.DataPageHeaderV2 = ThriftLists.ReadStruct<DataPageHeaderV2>(ref reader); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct(saved);
        ThriftLists.Require((seen & 1) != 0, nameof(PageHeader), "type");
        ThriftLists.Require((seen & 2) != 0, nameof(PageHeader), "uncompressed_page_size");
        ThriftLists.Require((seen & 4) != 0, nameof(PageHeader), "compressed_page_size");
        return h;
    }

    internal void Write(ThriftWriter writer)
    {
        writer.I32(1, (int)Type);
        writer.I32(2, UncompressedPageSize);
        writer.I32(3, CompressedPageSize);
        DataPageHeader?.Write(writer);
        DictionaryPageHeader?.Write(writer);
        DataPageHeaderV2?.Write(writer);
        writer.EndTopLevel();
    }
}
