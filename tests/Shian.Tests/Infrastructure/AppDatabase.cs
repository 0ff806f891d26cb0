using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Audit.Domain;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Tests.Infrastructure;

/// <summary>Reads the app's database directly, as the system (no scope filter), to check what was really stored.</summary>
public static class AppDatabase
{
    public static async Task<T> QueryAsync<T>(this ShianAppFactory app, Func<ShianDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ShianDbContext>());
    }

    /// <summary>Rows that a half-finished request could leave behind: operators, premises, timeline and ledger.</summary>
    public static Task<RowCounts> CountRowsAsync(this ShianAppFactory app) => app.QueryAsync(async db => new RowCounts(
        await db.Set<Operator>().IgnoreQueryFilters().CountAsync(),
        await db.Set<Premises>().IgnoreQueryFilters().CountAsync(),
        await db.Set<TimelineEntry>().IgnoreQueryFilters().CountAsync(),
        await db.Set<AuditEntry>().CountAsync()));

    /// <summary>A signed-in client for a new enterprise user acting for <paramref name="operatorId"/>.</summary>
    public static async Task<HttpClient> EnterpriseClientAsync(this ShianAppFactory app, Guid operatorId)
    {
        var userName = "t.ent." + Guid.NewGuid().ToString("N")[..10];
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await TestUsers.CreateEnterpriseUserAsync(scope.ServiceProvider.GetRequiredService<UserManager<ShianUser>>(), userName, operatorId);
        }

        return await app.ClientAsAsync(userName);
    }
}

public sealed record RowCounts(int Operators, int Premises, int TimelineEntries, int AuditEntries);
