using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Attendance.App.Web;

/// <summary>An HTML page as an endpoint result; pages show people's data, so browsers must not keep them.</summary>
internal sealed class HtmlResult(Html page, int statusCode = StatusCodes.Status200OK) : IResult
{
    public int StatusCode => statusCode;

    public Html Page => page;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = "text/html; charset=utf-8";
        httpContext.Response.Headers[HeaderNames.CacheControl] = "no-store";
        return httpContext.Response.WriteAsync(page.Value, Encoding.UTF8, httpContext.RequestAborted);
    }
}
