namespace AspirasiEtam.Modules.PublicInformation.Domain;

/// <summary>
/// This module's copy of an agency (the PPID Pembantu it keeps a register for), kept current from the Organisation
/// Directory's events, never by reading the directory's tables.
/// </summary>
internal sealed class PpidAgency
{
    private PpidAgency()
    {
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public string ShortName { get; private set; } = string.Empty;

    public bool IsActive { get; private set; }

    public bool IsMainOffice { get; private set; }

    /// <summary>The directory's version this copy reflects; older events change nothing.</summary>
    public int Version { get; private set; }

    public static PpidAgency Create(Guid id) => new() { Id = id };

    public void Apply(int version, string code, string name, string shortName, bool isActive, bool isMainOffice)
    {
        if (version <= Version)
        {
            return;
        }

        Version = version;
        Code = code;
        Name = name;
        ShortName = shortName;
        IsActive = isActive;
        IsMainOffice = isMainOffice;
    }

    public void ApplyActive(int version, bool isActive)
    {
        if (version <= Version)
        {
            return;
        }

        Version = version;
        IsActive = isActive;
    }
}
