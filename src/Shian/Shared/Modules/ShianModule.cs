using Microsoft.AspNetCore.Authorization;
using Shian.Shared.Jobs;
using Shian.Shared.Security;

namespace Shian.Shared.Modules;

/// <summary>
/// A module's one descriptor: everything the host needs to know about it. Adding a module means writing one of
/// these in the module's folder and one line in <c>Hosting/ModuleCatalog</c>; the navigation, the start-up seed
/// steps, the scheduled jobs and the message catalogue are read from here, so no central file lists a module's
/// policies, pages or seeders.
/// </summary>
public abstract class ShianModule
{
    /// <summary>The module's name: its folder, namespace, API group (<c>/api/v1/{name lower-case}</c>) and error-code prefix.</summary>
    public abstract string Name { get; }

    /// <summary>The lower-case prefix of the module's routes, tables, permissions and error codes.</summary>
    public string Prefix => Name.ToLowerInvariant();

    /// <summary>
    /// The module's resource marker type (<c>&lt;Module&gt;Text</c>, with <c>.resx</c> in Chinese and <c>.en.resx</c>
    /// in English). Error codes starting with <see cref="Prefix"/> and a dot are looked up there.
    /// </summary>
    public abstract Type Text { get; }

    /// <summary>The module's permissions (<c>&lt;Module&gt;Permissions</c>), registered as authorization policies.</summary>
    public virtual IEnumerable<Permission> Permissions => [];

    /// <summary>Services, options, event handlers of the module.</summary>
    public abstract void AddServices(IHostApplicationBuilder builder);

    /// <summary>The module's endpoints (each in its feature folder, mapped here by calling its <c>Map</c>).</summary>
    public abstract void MapEndpoints(IEndpointRouteBuilder app);

    /// <summary>The module's entries in the staff navigation, each with the policy that shows it.</summary>
    public virtual IEnumerable<NavEntry> Navigation => [];

    /// <summary>The module's scheduled jobs, registered by the host.</summary>
    public virtual IEnumerable<Type> Jobs => [];

    /// <summary>
    /// Reference data the module needs in every deployment (rule rows, checklists), seeded at each start in catalogue
    /// order. Must be idempotent.
    /// </summary>
    public virtual Task SeedReferenceDataAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// The module's part of the demo data set, called in catalogue order after the demo operators exist, when demo data
    /// is enabled. Must be idempotent (a second start adds nothing).
    /// </summary>
    public virtual Task SeedDemoDataAsync(IServiceProvider services, DemoSeed demo, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Where this module's demo step runs among the others (lower first; ties in catalogue order).</summary>
    public virtual int DemoDataOrder => 0;

    internal void RegisterPermissionsAndJobs(IServiceCollection services)
    {
        var permissions = Permissions.ToArray();
        services.Configure<AuthorizationOptions>(o => Array.ForEach(permissions, p => p.Register(o)));
        foreach (var permission in permissions)
        {
            services.AddSingleton(permission); // the declared API scopes are read from these (API key creation)
        }

        foreach (var job in Jobs)
        {
            if (!typeof(IScheduledJob).IsAssignableFrom(job))
            {
                throw new InvalidOperationException($"{Name} lists {job.Name} as a job, but it is not an IScheduledJob.");
            }

            services.AddScoped(typeof(IScheduledJob), job);
        }
    }
}

/// <summary>What a module's demo step knows: the generator's seed and whether the operators were created just now.</summary>
public sealed record DemoSeed(int Seed, bool OperatorsSeededNow);
