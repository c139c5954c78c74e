namespace AspirasiEtam.Modules.Aspirations.Domain;

/// <summary>
/// This module's own copy of an agency it can dispatch aspirations to, kept current from the Organisation
/// Directory's events (never by reading the directory's tables).
/// </summary>
internal sealed class DispatchAgency
{
    private List<string> categories = [];

    private DispatchAgency()
    {
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public string ShortName { get; private set; } = string.Empty;

    public bool IsActive { get; private set; }

    public bool IsMainOffice { get; private set; }

    public IReadOnlyList<string> Categories => categories;

    /// <summary>The directory's version of the agency this copy reflects; older events are ignored.</summary>
    public int Version { get; private set; }

    public static DispatchAgency Create(Guid id) => new() { Id = id };

    /// <summary>Takes the directory's state when it is newer than this copy; returns whether anything changed.</summary>
    public bool Apply(int version, string code, string name, string shortName, bool isActive, bool isMainOffice, IEnumerable<string> newCategories)
    {
        if (version <= Version)
        {
            return false;
        }

        Version = version;
        Code = code;
        Name = name;
        ShortName = shortName;
        IsActive = isActive;
        IsMainOffice = isMainOffice;
        categories = [.. newCategories];
        return true;
    }

    public bool ApplyActive(int version, bool isActive)
    {
        if (version <= Version)
        {
            return false;
        }

        Version = version;
        IsActive = isActive;
        return true;
    }
}
