using AspirasiEtam.Modules.Identity.Domain;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Shared.Domain;

namespace AspirasiEtam.UnitTests;

public sealed class StaffAccessTests
{
    private static readonly Guid Dinkes = Guid.NewGuid();

    [Fact]
    public void An_agency_officer_needs_an_agency()
    {
        var error = Assert.Throws<InvalidFieldException>(() => StaffAccess.Check([Roles.MainOffice], [], [Roles.AgencyOfficer], [], false));
        Assert.Equal("agencyIds", error.Field);

        var access = StaffAccess.Check([Roles.MainOffice], [], [Roles.AgencyOfficer, Roles.AgencyOfficer], [Dinkes, Dinkes], false);
        Assert.Equal([Roles.AgencyOfficer], access.Roles);
        Assert.Equal([Dinkes], access.Agencies);
    }

    [Fact]
    public void Province_roles_carry_no_agency_list_and_a_wide_supervisor_needs_none()
    {
        Assert.Empty(StaffAccess.Check([Roles.SuperAdmin], [], [Roles.MainOffice], [Dinkes], false).Agencies);
        var supervisor = StaffAccess.Check([Roles.MainOffice], [], [Roles.Supervisor], [], provinceWide: true);
        Assert.True(supervisor.ProvinceWide);
        Assert.False(StaffAccess.Check([Roles.MainOffice], [], [Roles.AgencyOfficer], [Dinkes], provinceWide: true).ProvinceWide);
    }

    [Fact]
    public void An_officer_who_also_supervises_province_wide_keeps_its_agencies()
    {
        var access = StaffAccess.Check([Roles.MainOffice], [], [Roles.AgencyOfficer, Roles.Supervisor], [Dinkes], provinceWide: true);
        Assert.Equal([Dinkes], access.Agencies);
        Assert.True(access.ProvinceWide);
        Assert.Equal("agencyIds", Assert.Throws<InvalidFieldException>(() => StaffAccess.Check([Roles.MainOffice], [], [Roles.AgencyOfficer, Roles.Supervisor], [], provinceWide: true)).Field);
    }

    [Fact]
    public void Only_a_super_admin_grants_or_touches_the_super_admin_role()
    {
        Assert.Throws<ForbiddenException>(() => StaffAccess.Check([Roles.MainOffice], [], [Roles.SuperAdmin], [], false));
        Assert.Throws<ForbiddenException>(() => StaffAccess.Check([Roles.MainOffice], [Roles.SuperAdmin], [Roles.MainOffice], [], false));
        Assert.Equal([Roles.SuperAdmin], StaffAccess.Check([Roles.SuperAdmin], [], [Roles.SuperAdmin], [], false).Roles);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Citizen")]
    [InlineData("Mayor")]
    public void Staff_accounts_hold_staff_roles_only(string role)
    {
        string[] roles = role.Length == 0 ? [] : [role];
        Assert.Equal("roles", Assert.Throws<InvalidFieldException>(() => StaffAccess.Check([Roles.SuperAdmin], [], roles, [Dinkes], false)).Field);
    }

    [Theory]
    [InlineData("6472012345678901", true)]
    [InlineData("647201234567890", false)]
    [InlineData("64720123456789012", false)]
    [InlineData("64720123456789O1", false)]
    [InlineData("0000000000000000", false)]
    [InlineData(null, false)]
    public void A_nik_is_sixteen_digits(string? nik, bool valid) => Assert.Equal(valid, NationalIdentityNumber.IsValid(nik));
}
