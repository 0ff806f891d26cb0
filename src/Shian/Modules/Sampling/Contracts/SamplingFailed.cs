using Shian.Shared.Kernel;

namespace Shian.Modules.Sampling.Contracts;

/// <summary>
/// A sample of the operator's food failed (raised by Sampling next to the judgment). <paramref name="Level"/> is the
/// plan's level: national, provincial, city or county; national and provincial failures also raise the risk grade
/// at the annual re-grade. RiskGrading moves the dynamic score; Penalties may open a case.
/// </summary>
public sealed record SamplingFailed(
    Guid SampleId, Guid OperatorId, string Level, string Product, DateOnly DecidedOn) : IDomainEvent;
