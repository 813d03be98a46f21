using Cantabile.Services;
using GraphQL;
using GraphQL.Types;

namespace Cantabile.Graph;

public sealed class FestivalMutation : ObjectGraphType
{
    public FestivalMutation()
    {
        Name = "Mutation";

        Field<BooleanGraphType>("setTiebreakFormula")
            .Description("Sets the tie-break formula of a category, e.g. \"intonation * 1.5 + blend\".")
            .Argument<NonNullGraphType<StringGraphType>>("category")
            .Argument<NonNullGraphType<StringGraphType>>("formula")
            .ResolveAsync(async ctx =>
            {
                RequireSignedIn(ctx);
                var adjudication = ctx.RequestServices!.GetRequiredService<IAdjudicationService>();
                await adjudication.SetTiebreakFormulaAsync(ctx.GetArgument<string>("category"), ctx.GetArgument<string>("formula"));
                return true;
            });

        Field<ProgrammeSummaryType>("importProgramme")
            .Description("Imports a programme snapshot exported by the planning tool.")
            .Argument<NonNullGraphType<StringGraphType>>("snapshot")
            .Resolve(ctx =>
            {
                RequireSignedIn(ctx);
                var snapshots = ctx.RequestServices!.GetRequiredService<ProgrammeSnapshotService>();
                return snapshots.ImportSnapshot(ctx.GetArgument<string>("snapshot"));
            });

        Field<ListGraphType<IntGraphType>>("importRunningOrder")
            .Argument<NonNullGraphType<StringGraphType>>("json")
            .Resolve(ctx =>
            {
                RequireSignedIn(ctx);
                var snapshots = ctx.RequestServices!.GetRequiredService<ProgrammeSnapshotService>();
                return snapshots.ImportRunningOrder(ctx.GetArgument<string>("json")).RegistrationIds;
            });

        Field<StringGraphType>("attachCoverImage")
            .Argument<NonNullGraphType<IdGraphType>>("titleId")
            .Argument<NonNullGraphType<StringGraphType>>("url")
            .ResolveAsync(async ctx =>
            {
                RequireSignedIn(ctx);
                var library = ctx.RequestServices!.GetRequiredService<ILibraryService>();
                return await library.AttachCoverAsync(ctx.GetArgument<Guid>("titleId"), ctx.GetArgument<string>("url"), ctx.CancellationToken);
            });

        Field<IntGraphType>("importArchiveEdition")
            .Argument<NonNullGraphType<IdGraphType>>("titleId")
            .Argument<NonNullGraphType<IntGraphType>>("editionId")
            .ResolveAsync(async ctx =>
            {
                RequireSignedIn(ctx);
                var library = ctx.RequestServices!.GetRequiredService<ILibraryService>();
                return await library.ImportArchiveEditionAsync(ctx.GetArgument<Guid>("titleId"), ctx.GetArgument<int>("editionId"), ctx.CancellationToken);
            });
    }

    private static void RequireSignedIn(IResolveFieldContext ctx)
    {
        if (ctx.User?.Identity?.IsAuthenticated != true)
        {
            throw new ExecutionError("Sign in to the festival portal first.");
        }
    }
}
