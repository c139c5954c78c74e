using AspirasiEtam.Modules.OrganisationDirectory.Domain;
using AspirasiEtam.Shared.Domain;

namespace AspirasiEtam.UnitTests;

public sealed class AgencyTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 8, 0, 0, DateTimeKind.Utc);

    private static AgencyDetails Details(bool mainOffice = false, params string[] categories) =>
        new("  Dinas Kesehatan ", " Dinkes ", AgencyKind.Dinas, " ", null, "ppid@dinkes.example", null, mainOffice, categories);

    [Fact]
    public void Registration_normalises_code_names_and_categories_and_starts_at_version_1()
    {
        var agency = Agency.Register(" dinkes ", Details(false, "Kesehatan", "kesehatan", " gizi ", ""), Now);

        Assert.Equal("DINKES", agency.Code);
        Assert.Equal("Dinas Kesehatan", agency.Name);
        Assert.Equal("Dinkes", agency.ShortName);
        Assert.Null(agency.Address);
        Assert.Equal(["gizi", "kesehatan"], agency.Categories);
        Assert.True(agency.IsActive);
        Assert.Equal(1, agency.Version);
    }

    [Fact]
    public void Every_change_raises_the_version_by_one()
    {
        var agency = Agency.Register("DINKES", Details(), Now);
        agency.Update(Details(), Now.AddDays(1));
        agency.Deactivate(Now.AddDays(2));
        agency.Reactivate(Now.AddDays(3));

        Assert.Equal(4, agency.Version);
        Assert.Equal(Now.AddDays(3), agency.UpdatedAt);
        Assert.Equal(Now, agency.CreatedAt);
    }

    [Fact]
    public void Deactivating_an_inactive_agency_is_a_conflict_and_changes_nothing()
    {
        var agency = Agency.Register("DINKES", Details(), Now);
        agency.Deactivate(Now);

        var conflict = Assert.Throws<ConflictException>(() => agency.Deactivate(Now.AddDays(1)));
        Assert.Contains("already inactive", conflict.Message);
        Assert.Equal(2, agency.Version);
        Assert.Equal(Now, agency.UpdatedAt);
    }

    [Fact]
    public void Reactivating_an_active_agency_is_a_conflict()
    {
        var agency = Agency.Register("DINKES", Details(), Now);
        Assert.Throws<ConflictException>(() => agency.Reactivate(Now));
        Assert.Equal(1, agency.Version);
    }

    [Fact]
    public void The_main_office_cannot_be_deactivated()
    {
        var agency = Agency.Register("DISKOMINFO", Details(mainOffice: true), Now);
        Assert.Throws<ConflictException>(() => agency.Deactivate(Now));
        Assert.True(agency.IsActive);
    }

    [Theory]
    [InlineData("dinas", true)]
    [InlineData("Hospital", true)]
    [InlineData("ministry", false)]
    [InlineData("3", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Kinds_parse_by_name_only(string? value, bool valid) =>
        Assert.Equal(valid, AgencyKinds.TryParse(value, out _));
}
