namespace AspirasiEtam.Modules.Aspirations.Features.ChooseNoticeDelivery;

/// <summary>A staff member chooses how notices reach them by email: each at once (the default) or one daily digest.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed record ChooseNoticeDelivery(string? Delivery) : IRequest<NoticeDeliveryChosen>;

internal sealed record NoticeDeliveryChosen(string Delivery);

internal sealed class ChooseNoticeDeliveryValidator : AbstractValidator<ChooseNoticeDelivery>
{
    public ChooseNoticeDeliveryValidator() =>
        RuleFor(r => r.Delivery).Must(d => Enum.TryParse<NoticeDelivery>(d, ignoreCase: true, out _) && !int.TryParse(d, out _))
            .WithMessage("Pilih immediate atau dailydigest. / Choose immediate or dailydigest.");
}

internal sealed class ChooseNoticeDeliveryHandler(AspirationsDbContext context, ICurrentUser currentUser) : IRequestHandler<ChooseNoticeDelivery, NoticeDeliveryChosen>
{
    public async Task<NoticeDeliveryChosen> Handle(ChooseNoticeDelivery request, CancellationToken cancellationToken)
    {
        var member = await context.StaffMembers.FirstOrDefaultAsync(m => m.UserId == currentUser.UserId, cancellationToken)
            ?? throw new NotFoundException("Akun staf Anda belum dikenal layanan aspirasi; coba lagi sebentar lagi. / Your staff account is not known to the aspirations service yet; try again shortly.");
        member.Deliver(Enum.Parse<NoticeDelivery>(request.Delivery!, ignoreCase: true));
        await context.SaveChangesAsync(cancellationToken);
        return new NoticeDeliveryChosen(member.NoticeDelivery.ToString());
    }
}

internal static class ChooseNoticeDeliveryEndpoint
{
    public static void Map(IEndpointRouteBuilder notices) =>
        notices.MapPut("/delivery", async Task<Ok<NoticeDeliveryChosen>> (DeliveryRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ChooseNoticeDelivery(request.Delivery), ct)))
            .WithName("ChooseNoticeDelivery").WithSummary("Get notices by email at once (immediate) or in one mail each working morning (dailydigest)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}

internal sealed record DeliveryRequest(string? Delivery);
