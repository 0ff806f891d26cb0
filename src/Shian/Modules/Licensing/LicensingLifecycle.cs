using Shian.Modules.Licensing.Features.Filing;
using Shian.Modules.Licensing.Features.Lifecycle;
using Shian.Modules.Licensing.Features.Numbering;
using Shian.Modules.Licensing.Features.Production;
using Shian.Modules.Licensing.Features.Revocation;

namespace Shian.Modules.Licensing;

/// <summary>The lifecycle half's registrations, kept apart from <see cref="LicensingModule"/> so both halves merge easily.</summary>
internal static class LicensingLifecycle
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<NumberSequence>();
        services.AddScoped<LifecycleApplications>();
        services.AddScoped<LifecycleEffects>();
        services.AddScoped<Filings>();
        services.AddScoped<ProductionApplications>();
        services.AddScoped<ProductionIssuer>();
        services.AddScoped<LicenceRevocations>();
    }

    public static void Map(RouteGroupBuilder api)
    {
        LifecycleEndpoints.Map(api);
        RevocationEndpoints.Map(api);
    }
}
