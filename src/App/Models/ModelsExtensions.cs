using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Attendance.App.Models;

/// <summary>The Models area's services; its endpoints are <see cref="ModelsPage.MapModels"/>.</summary>
internal static class ModelsExtensions
{
    public static IHostApplicationBuilder AddModels(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<ModelDesk>();
        return builder;
    }
}
