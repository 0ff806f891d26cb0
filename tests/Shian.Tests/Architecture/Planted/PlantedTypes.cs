using Shian.Shared.Modules;

// Planted violations for the architecture tests: types that look like module code, so each rule is shown to fire.
namespace Shian.Modules.Planted.Features;

/// <summary>A public handler outside Contracts with no reason: the visibility rule must flag it.</summary>
public sealed class PlantedPublicHandler;

/// <summary>The same with its reason stated: allowed.</summary>
[PublicBecause("planted: shows that a stated reason satisfies the rule")]
public sealed class PlantedPublicWithReason;
