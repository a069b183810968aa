using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Attendance.App.Web;

/// <summary>
/// The builder behind <see cref="Html.Of"/>: literals pass through, <see cref="Html"/> values pass
/// through, everything else is formatted in the request's culture and HTML-encoded.
/// </summary>
[InterpolatedStringHandler]
internal ref struct HtmlInterpolatedStringHandler
{
    private StringBuilder? _builder;

    public HtmlInterpolatedStringHandler(int literalLength, int formattedCount) =>
        _builder = new StringBuilder(literalLength + (formattedCount * 16));

    public readonly void AppendLiteral(string value) => _builder!.Append(value);

    public readonly void AppendFormatted(Html value) => _builder!.Append(value.Value);

    public readonly void AppendFormatted<T>(T value) => AppendFormatted(value, null);

    public readonly void AppendFormatted<T>(T value, string? format)
    {
        switch (value)
        {
            case Html html:
                _builder!.Append(html.Value);
                break;
            case IEnumerable<Html> parts:
                _builder!.Append(Html.Join(parts).Value);
                break;
            case IFormattable formattable:
                _builder!.Append(Html.Encode(formattable.ToString(format, CultureInfo.CurrentCulture)));
                break;
            default:
                _builder!.Append(Html.Encode(value?.ToString()));
                break;
        }
    }

    public string ToStringAndClear()
    {
        var text = _builder?.ToString() ?? "";
        _builder = null;
        return text;
    }
}
