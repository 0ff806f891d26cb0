namespace Shian.Modules.Administration.Contracts;

/// <summary>The city's jurisdictions (city, districts, towns), cached; every module names places through it.</summary>
public interface IJurisdictionDirectory
{
    Task<IReadOnlyList<JurisdictionInfo>> AllAsync(CancellationToken ct);

    Task<JurisdictionInfo?> FindAsync(string code, CancellationToken ct);

    /// <summary>District and town name for a town (e.g. 新会区 会城街道), the name alone for a district or the city; the code if unknown.</summary>
    Task<string> DisplayNameAsync(string code, CancellationToken ct);

    /// <summary>Forget the cache after an administrator edits jurisdictions.</summary>
    void Invalidate();
}

/// <summary>A jurisdiction as other modules see it. <see cref="Level"/> is City, District or Town.</summary>
public sealed record JurisdictionInfo(string Code, string Name, string Level, string? ParentCode, long? Population);
