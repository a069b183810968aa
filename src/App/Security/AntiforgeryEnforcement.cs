using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Attendance.App.Security;

/// <summary>
/// Every request that can change something (anything but GET, HEAD, OPTIONS, TRACE) must carry a
/// valid antiforgery token — form field or <c>X-CSRF-TOKEN</c> header — or it is answered 400 before
/// any endpoint runs. ASP.NET Core checks tokens only for endpoints that bind forms; this makes it
/// hold for every endpoint, including ones added later.
/// </summary>
internal sealed class AntiforgeryEnforcement(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IAntiforgery antiforgery)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(antiforgery);
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method))
        {
            await next(context);
            return;
        }
        // UseAntiforgery has already checked endpoints that bind forms; check the rest here.
        var valid = context.Features.Get<IAntiforgeryValidationFeature>()?.IsValid
            ?? await antiforgery.IsRequestValidAsync(context);
        if (!valid)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("missing or invalid antiforgery token", context.RequestAborted);
            return;
        }
        await next(context);
    }
}
