using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AspirasiEtam.Shared.Persistence;

/// <summary>
/// An EF Core interceptor a module adds to its own DbContext: register it as a singleton of this interface and
/// <see cref="ModuleDatabaseRegistration.AddModuleDatabase{TContext, TSqlite, TSqlServer}"/> adds it to both
/// providers. Contexts are pooled, so it must not keep per-context state in fields.
/// </summary>
public interface IModuleInterceptor<TContext> : IInterceptor
    where TContext : DbContext;
