namespace AspirasiEtam.Modules.Aspirations.Features;

/// <summary>An agency's response template; only its own staff (and PPID Utama) see and change them.</summary>
internal sealed record ResponseTemplateResponse(Guid Id, Guid AgencyId, string Title, string Body)
{
    /// <summary>Another agency's templates are answered as missing, like its reports.</summary>
    public static void EnsureInScope(ICurrentUser currentUser, Guid agencyId)
    {
        if (!currentUser.CanWorkFor(agencyId))
        {
            throw new NotFoundException($"No agency {agencyId} in your scope. / OPD {agencyId} tidak ada dalam cakupan Anda.");
        }
    }
}
