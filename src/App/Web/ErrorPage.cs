using System.Data.Common;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Attendance.App.Web;

/// <summary>
/// What a failed request shows: a short page with a reference to the log entry, never the exception.
/// It does not use the layout, which needs the store — often the very thing that failed (503 then).
/// </summary>
internal static class ErrorPage
{
    public static IApplicationBuilder UseErrorPage(this IApplicationBuilder app) => app.UseExceptionHandler(new ExceptionHandlerOptions
    {
        StatusCodeSelector = exception => exception is DbException ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
        ExceptionHandler = WriteAsync,
    });

    private static Task WriteAsync(HttpContext context)
    {
        var reference = Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
        var unavailable = context.Response.StatusCode == StatusCodes.Status503ServiceUnavailable;
        var (title, text) = unavailable
            ? (Texts.Unavailable, Texts.UnavailableText)
            : (Texts.Failed, Texts.FailedText);
        var page = Html.Of($"""
            <!doctype html>
            <html lang="{Texts.Language}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title} · Attendance</title><link rel="stylesheet" href="/assets/site.css"></head>
            <body><main id="main"><h1>{title}</h1><p>{text}</p><p>{Texts.ErrorReference}: <code>{reference}</code></p><p><a href="/">{Texts.Home}</a></p></main></body>
            </html>
            """);
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers[HeaderNames.CacheControl] = "no-store";
        return context.Response.WriteAsync(page.Value, context.RequestAborted);
    }
}
