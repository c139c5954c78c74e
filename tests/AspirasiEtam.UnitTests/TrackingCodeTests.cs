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

    [Fact]
    public void Every_character_of_the_alphabet_is_equally_likely_in_every_position()
    {
        // 30,000 codes: each of the 30 characters is expected 1,000 times per position; a biased mapping (a byte taken
        // modulo 30 without rejecting 240-255 makes the first 16 characters 1/15 more likely) lands outside ±15 %.
        var counts = new Dictionary<(int Position, char Character), int>();
        for (var i = 0; i < 30_000; i++)
        {
            var code = TrackingCode.New().Replace("-", string.Empty, StringComparison.Ordinal)[3..];
            for (var position = 0; position < code.Length; position++)
            {
                counts[(position, code[position])] = counts.GetValueOrDefault((position, code[position])) + 1;
            }
        }

        Assert.Equal(13 * 30, counts.Count);
        Assert.All(counts, c => Assert.InRange(c.Value, 850, 1150));
        var firstSixteen = counts.Where(c => "23456789ABCDEFGH".Contains(c.Key.Character, StringComparison.Ordinal)).Average(c => c.Value);
        var lastFourteen = counts.Where(c => !"23456789ABCDEFGH".Contains(c.Key.Character, StringComparison.Ordinal)).Average(c => c.Value);
        Assert.InRange(firstSixteen / lastFourteen, 0.97, 1.03);
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
