namespace AspirasiEtam.Modules.OrganisationDirectory.Domain;

/// <summary>A provincial agency (OPD) and its PPID: Pembantu for most, Utama for the one that hosts the main office.</summary>
internal sealed class Agency
{
    private List<string> categories = [];

    private Agency()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Stable short identifier (e.g. DISKOMINFO); unique and never changed after registration.</summary>
    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public string ShortName { get; private set; } = string.Empty;

    public AgencyKind Kind { get; private set; }

    public string? Address { get; private set; }

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    public string? Website { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>Whether this agency hosts the PPID Utama (the main information office). At most one does.</summary>
    public bool IsMainOffice { get; private set; }

    /// <summary>Subject categories this agency is responsible for; used to suggest where an aspiration goes.</summary>
    public IReadOnlyList<string> Categories => categories;

    /// <summary>Grows by one with every change; guards against lost updates and orders the events.</summary>
    public int Version { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public static Agency Register(string code, AgencyDetails details, DateTime now)
    {
        var agency = new Agency
        {
            Id = Guid.CreateVersion7(),
            Code = code.Trim().ToUpperInvariant(),
            IsActive = true,
            Version = 1,
            CreatedAt = now,
        };
        agency.Apply(details, now);
        return agency;
    }

    public void Update(AgencyDetails details, DateTime now)
    {
        Apply(details, now);
        Version++;
    }

    public void Deactivate(DateTime now)
    {
        if (!IsActive)
        {
            throw new ConflictException($"Agency {Code} is already inactive. / OPD {Code} sudah nonaktif.");
        }

        if (IsMainOffice)
        {
            throw new ConflictException($"Agency {Code} hosts the PPID Utama; designate another agency first. / OPD {Code} adalah PPID Utama; tetapkan OPD lain terlebih dahulu.");
        }

        IsActive = false;
        Touch(now);
    }

    public void Reactivate(DateTime now)
    {
        if (IsActive)
        {
            throw new ConflictException($"Agency {Code} is already active. / OPD {Code} sudah aktif.");
        }

        IsActive = true;
        Touch(now);
    }

    private void Apply(AgencyDetails details, DateTime now)
    {
        Name = details.Name.Trim();
        ShortName = details.ShortName.Trim();
        Kind = details.Kind;
        Address = Normalize(details.Address);
        Phone = Normalize(details.Phone);
        Email = Normalize(details.Email);
        Website = Normalize(details.Website);
        IsMainOffice = details.IsMainOffice;
        categories = details.Categories
            .Select(c => c.Trim().ToLowerInvariant())
            .Where(c => c.Length > 0)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        UpdatedAt = now;
    }

    private void Touch(DateTime now)
    {
        Version++;
        UpdatedAt = now;
    }

    private static string? Normalize(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>What an administrator may set on an agency (everything but its code and its active flag).</summary>
internal sealed record AgencyDetails(
    string Name,
    string ShortName,
    AgencyKind Kind,
    string? Address,
    string? Phone,
    string? Email,
    string? Website,
    bool IsMainOffice,
    IReadOnlyList<string> Categories);
