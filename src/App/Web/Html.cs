using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Attendance.App.Web;

/// <summary>
/// Markup that is safe to send. Pages build it only with <see cref="Of"/>, whose interpolated values
/// are HTML-encoded unless they are <see cref="Html"/> themselves — so a user name, a visit type or a
/// patient token can never become markup, and forgetting to encode is not possible.
/// </summary>
internal readonly struct Html
{
    // Keeps æ, ø, å and other letters as they are; encodes < > & " ' and control characters.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private Html(string value) => Value = value;

    public static Html Empty => new("");

    public string Value => field ?? "";

    /// <summary>Builds markup: literal parts are kept, every interpolated value is encoded (see the type's summary).</summary>
    public static Html Of(ref HtmlInterpolatedStringHandler markup) => new(markup.ToStringAndClear());

    /// <summary>Concatenates fragments (rows of a table, items of a list).</summary>
    public static Html Join(IEnumerable<Html> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return new(string.Concat(parts.Select(part => part.Value)));
    }

    public static string Encode(string? text) => text is null ? "" : Encoder.Encode(text);

    /// <summary>For fixed markup written in this code base only (a literal), never for anything received.</summary>
    public static Html Trusted(string markup) => new(markup);

    public override string ToString() => Value;
}
