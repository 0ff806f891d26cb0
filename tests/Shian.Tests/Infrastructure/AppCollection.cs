namespace Shian.Tests.Infrastructure;

/// <summary>
/// Most integration tests share one running app (start-up and migrations cost a second or two); each test
/// creates the data it needs with unique codes, so tests do not depend on each other's rows.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<ShianAppFactory>
{
    public const string Name = "app";
}
