using System.Reflection;
using AspirasiEtam.Host;
using AspirasiEtam.Shared.Modules;
using AspirasiEtam.Violations.Modules.Alpha;

namespace AspirasiEtam.ArchitectureTests;

/// <summary>
/// Each rule runs twice: over the real modules, where it must find nothing, and over the violation fixture,
/// where it must name the type planted to break it (so no rule passes vacuously).
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly IReadOnlyList<ModuleShape> Modules = PortalModules.All.Select(ModuleShape.Of).ToList();
    private static readonly Assembly Shared = typeof(IModule).Assembly;
    private static readonly Assembly SharedContracts = typeof(AspirasiEtam.Shared.Contracts.IIntegrationEvent).Assembly;

    private static readonly Assembly Fixture = typeof(AlphaModule).Assembly;
    private static readonly IReadOnlyList<ModuleShape> FixtureModules =
    [
        new("AspirasiEtam.Violations.Modules.Alpha", Fixture, Fixture, OwnsAssembly: false),
        new("AspirasiEtam.Violations.Modules.Beta", Fixture, Fixture, OwnsAssembly: false),
    ];

    [Fact]
    public void The_host_runs_the_four_modules_of_the_design_and_the_reports_built_from_their_events()
    {
        Assert.Equal(
            ["AspirasiEtam.Modules.OrganisationDirectory", "AspirasiEtam.Modules.Identity", "AspirasiEtam.Modules.Aspirations", "AspirasiEtam.Modules.PublicInformation", "AspirasiEtam.Modules.Reports"],
            Modules.Select(m => m.RootNamespace).ToArray());
        Assert.All(Modules, m => Assert.NotEmpty(m.InternalNames));
    }

    [Fact]
    public void No_module_depends_on_another_modules_internals() =>
        Assert.Empty(ArchitectureRules.NoModuleDependsOnAnotherModulesInternals(Modules));

    [Fact]
    public void No_module_depends_on_another_modules_internals_fails_on_a_violation() =>
        Assert.Contains(ArchitectureRules.NoModuleDependsOnAnotherModulesInternals(FixtureModules), v => v.Contains("ReachesIntoBeta", StringComparison.Ordinal));

    [Fact]
    public void Contracts_are_self_contained() =>
        Assert.Empty(ArchitectureRules.ContractsAreSelfContained(Modules, Shared));

    [Fact]
    public void Contracts_are_self_contained_fails_on_a_violation()
    {
        var violations = ArchitectureRules.ContractsAreSelfContained(FixtureModules, Shared);
        Assert.Contains(violations, v => v.Contains("LeakyEvent", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains("AlphaHappened", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("references Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
    }

    [Fact]
    public void Domain_is_free_of_infrastructure() =>
        Assert.Empty(ArchitectureRules.DomainIsFreeOfInfrastructure(Modules));

    [Fact]
    public void Domain_is_free_of_infrastructure_fails_on_a_violation()
    {
        var violations = ArchitectureRules.DomainIsFreeOfInfrastructure(FixtureModules);
        Assert.Contains(violations, v => v.Contains("PersistenceAwareEntity", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains("BetaThing", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_registrar_is_public() =>
        Assert.Empty(ArchitectureRules.OnlyTheRegistrarIsPublic(Modules));

    [Fact]
    public void Only_the_registrar_is_public_fails_on_a_violation()
    {
        var violations = ArchitectureRules.OnlyTheRegistrarIsPublic(FixtureModules);
        Assert.Contains(violations, v => v.Contains("PublicHandler", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains("AlphaModule", StringComparison.Ordinal));
    }

    [Fact]
    public void Consumers_consume_only_contracts() =>
        Assert.Empty(ArchitectureRules.ConsumersConsumeOnlyContracts(Modules));

    [Fact]
    public void Consumers_consume_only_contracts_fails_on_a_violation()
    {
        var violations = ArchitectureRules.ConsumersConsumeOnlyContracts(FixtureModules);
        Assert.Contains(violations, v => v.Contains("ConsumesInternalType", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains("ConsumesContract ", StringComparison.Ordinal));
    }

    [Fact]
    public void Shared_does_not_depend_on_modules()
    {
        Assert.Empty(ArchitectureRules.SharedDoesNotDependOnModules(Shared, "AspirasiEtam.Shared", "AspirasiEtam.Modules"));
        Assert.Empty(ArchitectureRules.SharedDoesNotDependOnModules(SharedContracts, "AspirasiEtam.Shared", "AspirasiEtam.Modules"));
        Assert.DoesNotContain(Shared.GetReferencedAssemblies(), r => r.Name!.StartsWith("AspirasiEtam.Modules", StringComparison.Ordinal));
    }

    [Fact]
    public void Shared_does_not_depend_on_modules_fails_on_a_violation() =>
        Assert.Contains(
            ArchitectureRules.SharedDoesNotDependOnModules(Fixture, "AspirasiEtam.Violations.Shared", "AspirasiEtam.Violations.Modules"),
            v => v.Contains("KnowsAModule", StringComparison.Ordinal));

    [Fact]
    public void One_request_per_handler_class() =>
        Assert.Empty(ArchitectureRules.OneRequestPerHandlerClass(Modules));

    [Fact]
    public void One_request_per_handler_class_fails_on_a_violation()
    {
        var violations = ArchitectureRules.OneRequestPerHandlerClass(FixtureModules);
        Assert.Contains(violations, v => v.Contains("TwoRequestsHandler", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains("OneRequestHandler", StringComparison.Ordinal));
    }

    [Fact]
    public void Consumers_derive_from_the_inbox_consumer() =>
        Assert.Empty(ArchitectureRules.ConsumersDeriveFromTheInboxConsumer(Modules));

    [Fact]
    public void Consumers_derive_from_the_inbox_consumer_fails_on_a_violation()
    {
        var violations = ArchitectureRules.ConsumersDeriveFromTheInboxConsumer(FixtureModules);
        Assert.Contains(violations, v => v.EndsWith(".ConsumesContract", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains("ConsumesThroughTheInbox", StringComparison.Ordinal));
    }

    [Fact]
    public void Pages_do_not_depend_on_the_db_context() =>
        Assert.Empty(ArchitectureRules.PagesDoNotDependOnTheDbContext(Modules));

    [Fact]
    public void Pages_do_not_depend_on_the_db_context_fails_on_a_violation()
    {
        var violations = ArchitectureRules.PagesDoNotDependOnTheDbContext(FixtureModules);
        Assert.Contains(violations, v => v.Contains("QueriesTheDatabaseModel", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains("SendsRequestsModel", StringComparison.Ordinal));
    }

    [Fact]
    public void Persistence_depends_only_on_the_domain() =>
        Assert.Empty(ArchitectureRules.PersistenceDependsOnlyOnTheDomain(Modules));

    [Fact]
    public void Persistence_depends_only_on_the_domain_fails_on_a_violation()
    {
        var violations = ArchitectureRules.PersistenceDependsOnlyOnTheDomain(FixtureModules);
        Assert.Contains(violations, v => v.Contains("SeederThatKnowsAFeature", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains("BetaDbContext", StringComparison.Ordinal));
    }
}
