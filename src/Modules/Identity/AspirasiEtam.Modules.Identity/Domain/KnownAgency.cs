namespace AspirasiEtam.Modules.Identity.Domain;

/// <summary>This module's copy of an agency staff can be bound to, kept from the directory's events.</summary>
internal sealed class KnownAgency
{
    private KnownAgency()
    {
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public bool IsActive { get; private set; }

    public int Version { get; private set; }

    public static KnownAgency Create(Guid id) => new() { Id = id };

    /// <summary>Takes the directory's state when newer than this copy; returns whether anything changed.</summary>
    public bool Apply(int version, string code, string name, bool isActive)
    {
        if (version <= Version)
        {
            return false;
        }

        (Version, Code, Name, IsActive) = (version, code, name, isActive);
        return true;
    }

    public bool ApplyActive(int version, bool isActive)
    {
        if (version <= Version)
        {
            return false;
        }

        (Version, IsActive) = (version, isActive);
        return true;
    }
}

/// <summary>An agency a staff member may act for.</summary>
internal sealed class StaffAgencyScope
{
    private StaffAgencyScope()
    {
    }

    public StaffAgencyScope(Guid userId, Guid agencyId)
    {
        UserId = userId;
        AgencyId = agencyId;
    }

    public Guid UserId { get; private set; }

    public Guid AgencyId { get; private set; }
}
