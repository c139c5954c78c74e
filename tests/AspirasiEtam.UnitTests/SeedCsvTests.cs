using AspirasiEtam.Modules.OrganisationDirectory;
using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.UnitTests;

public sealed class SeedCsvTests
{
    [Fact]
    public void Quoted_fields_keep_their_commas_and_doubled_quotes()
    {
        var rows = SeedCsv.Parse("code,name\r\nA,\"Dinas Pekerjaan Umum, Penataan Ruang\"\nB,\"Say \"\"hi\"\"\"\n");

        Assert.Equal(2, rows.Count);
        Assert.Equal("Dinas Pekerjaan Umum, Penataan Ruang", rows[0]["name"]);
        Assert.Equal("Say \"hi\"", rows[1]["name"]);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_is_rejected_with_its_line()
    {
        var error = Assert.Throws<FormatException>(() => SeedCsv.Parse("a,b\n1,2\n3\n"));
        Assert.Contains("row 3", error.Message);
    }

    [Fact]
    public void The_embedded_agency_list_has_the_province_agencies_and_one_main_office()
    {
        var rows = SeedCsv.ReadEmbedded(typeof(OrganisationDirectoryModule).Assembly, "agencies.csv");

        Assert.Equal(39, rows.Count);
        Assert.Equal("DISKOMINFO", Assert.Single(rows, r => r["is_main_ppid"] == "true")["code"]);
        Assert.Equal(rows.Count, rows.Select(r => r["code"]).Distinct().Count());
    }
}
