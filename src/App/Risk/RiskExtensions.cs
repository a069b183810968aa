using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Attendance.App.Risk;

/// <summary>The risk list's services: the flagged bookings (written by the nightly scoring) and the planners' marks.</summary>
internal static class RiskExtensions
{
    public static IHostApplicationBuilder AddRisk(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<FlaggedBookingStore>();
        builder.Services.TryAddSingleton<BookingMarkStore>();
        return builder;
    }
}
