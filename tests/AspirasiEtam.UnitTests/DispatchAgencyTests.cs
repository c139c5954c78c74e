using AspirasiEtam.Modules.Aspirations.Domain;

namespace AspirasiEtam.UnitTests;

public sealed class DispatchAgencyTests
{
    [Fact]
    public void Only_newer_versions_of_the_directory_change_the_copy()
    {
        var agency = DispatchAgency.Create(Guid.NewGuid());
        Assert.True(agency.Apply(2, "DINKES", "Dinas Kesehatan", "Dinkes", true, false, ["kesehatan"]));

        Assert.False(agency.Apply(1, "OLD", "Old name", "Old", false, false, []));
        Assert.False(agency.Apply(2, "DINKES", "Same version again", "Dinkes", true, false, []));
        Assert.False(agency.ApplyActive(2, isActive: false));

        Assert.Equal("Dinas Kesehatan", agency.Name);
        Assert.True(agency.IsActive);
        Assert.Equal(["kesehatan"], agency.Categories);

        Assert.True(agency.ApplyActive(3, isActive: false));
        Assert.False(agency.IsActive);
        Assert.Equal(3, agency.Version);
    }
}
