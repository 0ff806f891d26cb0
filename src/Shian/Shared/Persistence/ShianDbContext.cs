using System.Linq.Expressions;
using System.Reflection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Shian.Shared.Kernel;
using Shian.Shared.Security;

namespace Shian.Shared.Persistence;

/// <summary>
/// The one context of the platform. Modules own their entity configurations (Modules/*/Data); this class only
/// applies them, adds the jurisdiction query filter to every scoped entity, and runs the save hooks
/// (scope write check, audit ledger) inside the same transaction as the change itself.
/// Two provider-specific subclasses carry the migrations (see docs/adr/0001).
/// </summary>
public abstract class ShianDbContext(
    DbContextOptions options,
    IDataScope dataScope,
    IEnumerable<ISaveChangesHook> hooks)
    : IdentityDbContext<ShianUser, ShianRole, Guid>(options), IDataProtectionKeyContext
{
    public const string JurisdictionFilter = "Jurisdiction";

    private readonly ISaveChangesHook[] _hooks = [.. hooks.OrderBy(h => h.Order)];
    private readonly List<IDomainEvent> _raisedEvents = [];

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The caller's scope: null sees everything (city staff, jobs), otherwise a town-code prefix.</summary>
    internal string? ScopePrefix => dataScope.TownCodePrefix;

    /// <summary>Lower end of the scope's code range (see <see cref="JurisdictionCodes.PrefixRange"/>).</summary>
    internal string? ScopeLow => dataScope.TownCodePrefix is { } prefix ? JurisdictionCodes.PrefixRange(prefix).Low : null;

    /// <summary>Upper end of the scope's code range, inclusive.</summary>
    internal string? ScopeHigh => dataScope.TownCodePrefix is { } prefix ? JurisdictionCodes.PrefixRange(prefix).High : null;

    internal IDataScope DataScope => dataScope;

    /// <summary>
    /// Raises <paramref name="domainEvent"/>: its handlers run in the next save's transaction, before any row is
    /// written, so the change and the reactions to it commit together. Raise it next to the change it reports.
    /// </summary>
    public void Raise(IDomainEvent domainEvent) => _raisedEvents.Add(domainEvent);

    internal IReadOnlyList<IDomainEvent> TakeRaisedEvents()
    {
        var taken = _raisedEvents.ToArray();
        _raisedEvents.Clear();
        return taken;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (_hooks.Length == 0 || (!ChangeTracker.HasChanges() && _raisedEvents.Count == 0))
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // Hooks (the audit ledger above all) must see and lock the same snapshot they write after, so the
        // whole save runs in one transaction, ours if the caller did not open one.
        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            foreach (var hook in _hooks)
            {
                await hook.BeforeSaveAsync(this, cancellationToken);
            }

            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return written;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        IdentityTableNames.Apply(builder);
        builder.Entity<DataProtectionKey>().ToTable("platform_data_protection_key");
        builder.ApplyConfigurationsFromAssembly(typeof(ShianDbContext).Assembly);

        foreach (var entityType in builder.Model.GetEntityTypes().ToList())
        {
            if (typeof(IJurisdictionScoped).IsAssignableFrom(entityType.ClrType) && entityType.BaseType is null)
            {
                ApplyScopeFilterMethod.MakeGenericMethod(entityType.ClrType).Invoke(this, [builder]);
            }
        }
    }

    private static readonly MethodInfo ApplyScopeFilterMethod =
        typeof(ShianDbContext).GetMethod(nameof(ApplyScopeFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private void ApplyScopeFilter<T>(ModelBuilder builder)
        where T : class, IJurisdictionScoped
    {
        // EF parameterises the references to this context's scope, so one cached model serves every caller. A range
        // instead of StartsWith: both providers then seek the JurisdictionCode index instead of scanning.
        Expression<Func<T, bool>> filter = e => ScopePrefix == null
            || (e.JurisdictionCode.CompareTo(ScopeLow) >= 0 && e.JurisdictionCode.CompareTo(ScopeHigh) <= 0);
        builder.Entity<T>().HasQueryFilter(JurisdictionFilter, filter);
    }
}
