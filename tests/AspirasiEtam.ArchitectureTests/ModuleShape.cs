using System.Reflection;
using AspirasiEtam.Shared.Modules;

namespace AspirasiEtam.ArchitectureTests;

/// <summary>
/// Where a module's code lives: its root namespace, its assembly and its Contracts assembly. For the real
/// modules each has assemblies of its own; the violation fixture packs two fake modules into one assembly.
/// </summary>
public sealed record ModuleShape(string RootNamespace, Assembly ModuleAssembly, Assembly ContractsAssembly, bool OwnsAssembly)
{
    public string ContractsNamespace => RootNamespace + ".Contracts";

    public static ModuleShape Of(IModule module)
    {
        var root = module.GetType().Namespace!;
        return new ModuleShape(root, module.GetType().Assembly, Assembly.Load(root + ".Contracts"), OwnsAssembly: true);
    }

    /// <summary>The module's own types (Razor-generated ones included when it owns its assembly), not its contracts.</summary>
    public IEnumerable<Type> InternalTypes => ModuleAssembly.GetTypes()
        .Where(t => !IsIn(t.Namespace, ContractsNamespace) && (OwnsAssembly || IsIn(t.Namespace, RootNamespace)));

    public IEnumerable<Type> ContractTypes => ContractsAssembly.GetTypes().Where(t => IsIn(t.Namespace, ContractsNamespace));

    /// <summary>
    /// What another module must not depend on, as exact names: every sub-namespace but Contracts, and each type
    /// of the root namespace by full name (NetArchTest matches by prefix, and the root is a prefix of Contracts).
    /// </summary>
    public IReadOnlyList<string> InternalNames =>
        InternalTypes.Where(t => IsIn(t.Namespace, RootNamespace))
            .Select(t => t.Namespace == RootNamespace ? t.FullName!.Split('`')[0] : t.Namespace!)
            .Where(n => !n.Contains('<', StringComparison.Ordinal))
            .Distinct()
            .ToList();

    public static bool IsIn(string? ns, string root) => ns is not null && (ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal));
}
