using AspirasiEtam.Modules.Aspirations.Domain;

namespace AspirasiEtam.UnitTests;

public sealed class TrackingCodeTests
{
    [Fact]
    public void A_new_code_has_about_64_random_bits_and_reads_back_as_typed()
    {
        var code = TrackingCode.New();
        Assert.Matches("^ASP-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{5}$", code);
        Assert.True(13 * Math.Log2(30) >= 60);
        Assert.Equal(code, TrackingCode.Normalize(code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)));
        Assert.NotEqual(code, TrackingCode.New());
    }

    [Theory]
    [InlineData("asp-7k3m-q9xd", "ASP-7K3M-Q9XD")]
    [InlineData("7K3MQ9XD4HN2P", "ASP-7K3M-Q9XD-4HN2P")]
    [InlineData("ASP-7K3M-Q9X", null)]
    [InlineData("ASP-7K3M-Q9XD-4HN2", null)]
    [InlineData("ASP-0K3M-Q9XD", null)]
    public void Codes_issued_before_keep_working_and_anything_else_is_no_code(string input, string? expected) =>
        Assert.Equal(expected, TrackingCode.Normalize(input));
}
