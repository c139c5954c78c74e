namespace AspirasiEtam.Shared.Persistence;

/// <summary>
/// Puts a module's starting data in place after its migrations ran. Runs at every start, so it must
/// do nothing when the data is already there.
/// </summary>
public interface IModuleSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
