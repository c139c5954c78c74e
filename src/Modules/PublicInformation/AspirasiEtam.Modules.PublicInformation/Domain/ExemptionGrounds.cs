using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.PublicInformation.Domain;

/// <summary>One of the ten exemption grounds of UU 14/2008 Pasal 17 (a–j).</summary>
internal sealed record ExemptionGround(string Code, string Basis, string TextId, string TextEn);

/// <summary>The grounds of Pasal 17, fixed by the law (shipped with the module, not edited in the product).</summary>
internal static class ExemptionGrounds
{
    public static IReadOnlyList<ExemptionGround> All { get; } =
        [.. SeedCsv.ReadEmbedded(typeof(ExemptionGrounds).Assembly, "exemption-grounds.csv")
            .Select(r => new ExemptionGround(r["code"], r["basis"], r["text_id"], r["text_en"]))];

    public static ExemptionGround? Find(string? code) => All.FirstOrDefault(g => g.Code == code);
}
