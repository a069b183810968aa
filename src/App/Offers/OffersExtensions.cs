using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Attendance.App.Offers;

/// <summary>The offers area: the review store, the decisions, the accepted-offers outbox.</summary>
internal static class OffersExtensions
{
    public static WebApplicationBuilder AddOffers(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOfferServices();
        return builder;
    }

    /// <summary>The services the page and the offer jobs share (the jobs run in hosts without the page too).</summary>
    public static IServiceCollection AddOfferServices(this IServiceCollection services)
    {
        services.TryAddSingleton<OfferStore>();
        services.TryAddSingleton<OfferDecisions>();
        services.TryAddSingleton<AcceptedOffersOutbox>();
        return services;
    }
}
