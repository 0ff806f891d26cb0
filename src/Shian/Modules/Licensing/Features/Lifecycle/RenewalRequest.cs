
namespace Shian.Modules.Licensing.Features.Lifecycle;

/// <summary>延续: same number, a new validity period; only inside the renewal window (rule set <c>licensing.renewal</c>).</summary>
internal sealed class RenewalRequest : LifecycleRequest;
