using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Shian.Tests.Infrastructure;

/// <summary>
/// The app on real Kestrel and a real socket, for what the in-memory test server does not do: request body
/// limits and Kestrel's own response headers.
/// </summary>
public sealed class KestrelAppFactory : ShianAppFactory
{
    public KestrelAppFactory() => UseKestrel(0);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        ClientOptions.BaseAddress = new Uri(address);
    }
}

[CollectionDefinition(Name)]
public sealed class KestrelCollection : ICollectionFixture<KestrelAppFactory>
{
    public const string Name = "kestrel";
}
