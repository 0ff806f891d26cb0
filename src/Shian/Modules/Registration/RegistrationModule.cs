using Shian.Modules.Registration.Features.Account;
using Shian.Modules.Registration.Features.Review;
using Shian.Modules.Registration.Features.ReviewQueue;
using Shian.Modules.Registration.Features.Status;
using Shian.Modules.Registration.Features.Submit;
using Shian.Shared.Modules;
using Shian.Shared.Security;
using Shian.Shared.Web;

namespace Shian.Modules.Registration;

/// <summary>The Registration module's descriptor (see <see cref="ShianModule"/>).</summary>
public sealed class RegistrationModule : ShianModule
{
    public override string Name => "Registration";

    public override Type Text => typeof(RegistrationText);

    public override IEnumerable<Permission> Permissions => RegistrationPermissions.All;

    public override IEnumerable<NavEntry> Navigation =>
    [
        new NavEntry("/registration/review", typeof(RegistrationText), "ReviewQueue", RegistrationPermissions.ReviewPolicy, 70),
    ];

    public override void AddServices(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<RegistrationApprover>();
        services.AddScoped<RegistrationSubmissions>();
        services.AddScoped<ReviewQueueQuery>();
        services.AddScoped<RegistrationReviews>();
        services.AddScoped<PublicTracking>();
        services.AddScoped<EnterpriseAccountOpening>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        var api = app.MapModuleApi("registration", "Registration");
        SubmitEndpoint.Map(api);
        StatusEndpoint.Map(api);
        OpenAccountEndpoint.Map(api);
        ReviewQueueEndpoint.Map(api);
        ReviewEndpoint.Map(api);
    }
}
