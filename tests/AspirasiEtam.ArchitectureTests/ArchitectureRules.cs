using System.Reflection;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Shared.Messaging;
using AspirasiEtam.Shared.Modules;
using MassTransit;
using MediatR;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NetArchTest.Rules;

namespace AspirasiEtam.ArchitectureTests;

/// <summary>
/// The architecture rules, each a function returning the offending types, so the tests can run every rule
/// over the real modules (expecting none) and over the violation fixture (expecting the planted ones).
/// </summary>
public static class ArchitectureRules
{
    private static readonly string[] FrameworkNamespaces =
        ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Microsoft.Extensions", "MassTransit", "MediatR", "FluentValidation", "Ardalis", "Scrutor"];

    /// <summary>(a) No module depends on another module's internals (its Contracts are fine), for every pair.</summary>
    public static IReadOnlyList<string> NoModuleDependsOnAnotherModulesInternals(IReadOnlyList<ModuleShape> modules) =>
        (from a in modules
         from b in modules
         where a != b
         from failing in Failing(Types.InAssembly(a.ModuleAssembly).That().ResideInNamespace(a.RootNamespace)
             .And().DoNotResideInNamespace(a.ContractsNamespace)
             .ShouldNot().HaveDependencyOnAny([.. b.InternalNames]))
         select $"{failing} -> internals of {b.RootNamespace}").ToList();

    /// <summary>(b) Contracts depend on nothing internal (of any module or of Shared) and on no framework package.</summary>
    public static IReadOnlyList<string> ContractsAreSelfContained(IReadOnlyList<ModuleShape> modules, Assembly shared)
    {
        var sharedInternals = shared.GetTypes().Select(t => t.Namespace).OfType<string>().Where(n => n.StartsWith("AspirasiEtam.", StringComparison.Ordinal)).Distinct();
        string[] forbidden = [.. FrameworkNamespaces, .. sharedInternals, .. modules.SelectMany(m => m.InternalNames)];
        var violations = new List<string>();
        foreach (var module in modules)
        {
            violations.AddRange(Failing(Types.InAssembly(module.ContractsAssembly).That().ResideInNamespace(module.ContractsNamespace)
                .ShouldNot().HaveDependencyOnAny(forbidden)));
            violations.AddRange(module.ContractsAssembly.GetReferencedAssemblies()
                .Where(r => !(r.Name!.StartsWith("System", StringComparison.Ordinal) || r.Name is "netstandard" or "mscorlib" || r.Name.EndsWith(".Contracts", StringComparison.Ordinal)))
                .Select(r => $"{module.ContractsAssembly.GetName().Name} references {r.Name}"));
        }

        return violations.Distinct().ToList();
    }

    /// <summary>(c) Module domain code is free of EF Core, MassTransit and ASP.NET Core.</summary>
    public static IReadOnlyList<string> DomainIsFreeOfInfrastructure(IReadOnlyList<ModuleShape> modules) =>
        modules.SelectMany(m => Failing(Types.InAssembly(m.ModuleAssembly).That().ResideInNamespace(m.RootNamespace + ".Domain")
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "MassTransit", "Microsoft.AspNetCore"))).ToList();

    /// <summary>(d) In a module only its registrar is public (and its contracts, in their own namespace).</summary>
    public static IReadOnlyList<string> OnlyTheRegistrarIsPublic(IReadOnlyList<ModuleShape> modules) =>
        modules.SelectMany(m => m.InternalTypes)
            .Where(t => (t.IsPublic || t.IsNestedPublic) && !typeof(IModule).IsAssignableFrom(t))
            .Select(t => t.FullName!)
            .ToList();

    /// <summary>(e) Consumers consume only integration events from a Contracts namespace.</summary>
    public static IReadOnlyList<string> ConsumersConsumeOnlyContracts(IReadOnlyList<ModuleShape> modules) =>
        (from module in modules
         from type in module.InternalTypes
         where !type.IsGenericTypeDefinition // an open base (the Reports module's FactConsumer<T>) is checked through each consumer built on it
         from contract in type.GetInterfaces()
         where contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IConsumer<>)
         let message = contract.GetGenericArguments()[0]
         where !(typeof(IIntegrationEvent).IsAssignableFrom(message) && (message.Namespace ?? "").EndsWith(".Contracts", StringComparison.Ordinal))
         select $"{type.FullName} consumes {message.FullName}").ToList();

    /// <summary>(f) Shared code never depends on a module.</summary>
    public static IReadOnlyList<string> SharedDoesNotDependOnModules(Assembly shared, string sharedNamespace, string modulesNamespace) =>
        Failing(Types.InAssembly(shared).That().ResideInNamespace(sharedNamespace).ShouldNot().HaveDependencyOn(modulesNamespace)).ToList();

    /// <summary>(g) A handler class handles one request: a use case reads top to bottom in its own folder.</summary>
    public static IReadOnlyList<string> OneRequestPerHandlerClass(IReadOnlyList<ModuleShape> modules) =>
        (from module in modules
         from type in module.InternalTypes
         let requests = type.GetInterfaces()
             .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>))
             .Select(i => i.GetGenericArguments()[0].Name)
             .Distinct()
             .ToList()
         where requests.Count > 1
         select $"{type.FullName} handles {string.Join(", ", requests)}").ToList();

    /// <summary>(h) Consumers derive from an inbox consumer base (one at a time or batched), so each message takes effect once (ADR 0002, 0016).</summary>
    public static IReadOnlyList<string> ConsumersDeriveFromTheInboxConsumer(IReadOnlyList<ModuleShape> modules) =>
        (from module in modules
         from type in module.InternalTypes
         where !type.IsAbstract && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>))
         where !BaseTypes(type).Any(b => b.IsGenericType && (b.GetGenericTypeDefinition() == typeof(InboxConsumer<,>) || b.GetGenericTypeDefinition() == typeof(BatchedInboxConsumer<,>)))
         select type.FullName!).ToList();

    /// <summary>(i) Pages (page models and views) send the module's requests; they never touch a DbContext.</summary>
    public static IReadOnlyList<string> PagesDoNotDependOnTheDbContext(IReadOnlyList<ModuleShape> modules) =>
        (from module in modules
         let contexts = module.InternalTypes.Where(t => typeof(DbContext).IsAssignableFrom(t)).Select(t => t.FullName!).Append(typeof(DbContext).FullName!).ToArray()
         from pages in new[] { typeof(PageModel), typeof(RazorPageBase) }
         from failing in Failing(Types.InAssembly(module.ModuleAssembly).That().Inherit(pages).ShouldNot().HaveDependencyOnAny(contexts))
         where module.OwnsAssembly || ModuleShape.IsIn(failing, module.RootNamespace)
         select failing).Distinct().ToList();

    /// <summary>(j) Persistence depends on nothing above it: within its module, only on the domain.</summary>
    public static IReadOnlyList<string> PersistenceDependsOnlyOnTheDomain(IReadOnlyList<ModuleShape> modules) =>
        (from module in modules
         let above = module.InternalNames
             .Where(n => !ModuleShape.IsIn(n, module.RootNamespace + ".Domain") && !ModuleShape.IsIn(n, module.RootNamespace + ".Persistence"))
             .ToArray()
         where above.Length > 0
         from failing in Failing(Types.InAssembly(module.ModuleAssembly).That().ResideInNamespace(module.RootNamespace + ".Persistence")
             .ShouldNot().HaveDependencyOnAny(above))
         select failing).ToList();

    private static IEnumerable<Type> BaseTypes(Type type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            yield return current;
        }
    }

    private static IEnumerable<string> Failing(ConditionList conditions)
    {
        var result = conditions.GetResult();
        return result.IsSuccessful ? [] : result.FailingTypeNames ?? [];
    }
}
