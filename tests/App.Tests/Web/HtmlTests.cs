using System.Globalization;
using Attendance.App.Web;

namespace Attendance.App.Tests.Web;

public sealed class HtmlTests
{
    [Fact]
    public void Of_InterpolatedStrings_AreEncodedLiteralsAreNot()
    {
        var name = "<script>alert(\"x\")</script> & 'co'";

        var html = Html.Of($"<td title=\"{name}\">{name}</td>");

        Assert.Equal(
            "<td title=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;co&#x27;\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;co&#x27;</td>",
            html.Value);
    }

    [Fact]
    public void Of_HtmlValuesAndSequences_AreKeptAsMarkup()
    {
        var cells = new List<Html> { Html.Of($"<td>{"a<b"}</td>"), Html.Of($"<td>{"c"}</td>") };

        var row = Html.Of($"<tr>{cells}{Html.Of($"<td>{'&'}</td>")}</tr>");

        Assert.Equal("<tr><td>a&lt;b</td><td>c</td><td>&amp;</td></tr>", row.Value);
    }

    [Fact]
    public void Of_DanishLetters_StayReadable()
    {
        Assert.Equal("<p>Æbelø Sygehus</p>", Html.Of($"<p>{"Æbelø Sygehus"}</p>").Value);
    }

    [Fact]
    public void Of_Numbers_UseTheRequestCulture()
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("da");
            Assert.Equal("<td>0,25</td>", Html.Of($"<td>{0.25}</td>").Value);
            Assert.Equal("<td>0,3</td>", Html.Of($"<td>{0.25:0.0}</td>").Value);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }

    [Fact]
    public void Of_Null_RendersNothing()
    {
        string? missing = null;

        Assert.Equal("<td></td>", Html.Of($"<td>{missing}</td>").Value);
    }
}
