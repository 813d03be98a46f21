using Cantabile.Clients;
using Cantabile.Contracts;
using Cantabile.Services;
using GraphQL;
using GraphQL.Types;

namespace Cantabile.Graph;

public sealed class FestivalQuery : ObjectGraphType
{
    public FestivalQuery()
    {
        Name = "Query";

        Field<ListGraphType<RegistrationSummaryType>>("registrations")
            .Description("Registrations for the current festival year.")
            .Argument<StringGraphType>("search")
            .Argument<StringGraphType>("category")
            .Argument<StringGraphType>("status")
            .Argument<StringGraphType>("sort")
            .ResolveAsync(async ctx =>
            {
                var service = ctx.RequestServices!.GetRequiredService<IRegistrationService>();
                return await service.SearchAsync(new SearchRegistrationsRequest
                {
                    Text = ctx.GetArgument<string?>("search"),
                    Category = ctx.GetArgument<string?>("category"),
                    Status = ctx.GetArgument<string?>("status"),
                    Sort = ctx.GetArgument<string?>("sort"),
                });
            });

        Field<ListGraphType<CatalogueItemType>>("catalogue")
            .Description("Library titles filtered by composer and voicing.")
            .Argument<StringGraphType>("composer")
            .Argument<StringGraphType>("voicing")
            .ResolveAsync(async ctx =>
            {
                var library = ctx.RequestServices!.GetRequiredService<ILibraryService>();
                var request = new CatalogueSearchRequest
                {
                    Composer = ctx.GetArgument<string?>("composer"),
                    Voicing = ctx.GetArgument<string?>("voicing"),
                };
                return await library.SearchAsync(request, ctx.CancellationToken);
            });

        Field<ListGraphType<CatalogueItemType>>("titlesInLanguage")
            .Argument<NonNullGraphType<StringGraphType>>("language")
            .ResolveAsync(async ctx =>
            {
                var library = ctx.RequestServices!.GetRequiredService<ILibraryService>();
                return await library.ByLanguageAsync(ctx.GetArgument<string>("language"), ctx.CancellationToken);
            });

        Field<ListGraphType<SetPieceType>>("setPieces")
            .Description("Published compulsory pieces, by voicing or by composer.")
            .Argument<StringGraphType>("voicing")
            .Argument<StringGraphType>("composer")
            .Resolve(ctx =>
            {
                var catalog = ctx.RequestServices!.GetRequiredService<RepertoireCatalog>();
                var composer = ctx.GetArgument<string?>("composer");
                if (!string.IsNullOrWhiteSpace(composer))
                {
                    return catalog.ByComposer(composer);
                }

                return catalog.ForVoicing(ctx.GetArgument("voicing", "SATB"));
            });

        Field<FloatGraphType>("previewWeighting")
            .Description("Evaluates a weighting expression against a sample score sheet.")
            .Argument<NonNullGraphType<StringGraphType>>("expression")
            .ResolveAsync(async ctx =>
            {
                var adjudication = ctx.RequestServices!.GetRequiredService<IAdjudicationService>();
                return await adjudication.PreviewWeightingAsync(ctx.GetArgument<string>("expression"));
            });

        Field<ListGraphType<AdjudicatorProfileType>>("adjudicatorPanel")
            .Argument<NonNullGraphType<StringGraphType>>("panel")
            .Resolve(ctx =>
            {
                var directory = ctx.RequestServices!.GetRequiredService<AdjudicatorDirectory>();
                return directory.PanelMembers(ctx.GetArgument<string>("panel"));
            });

        Field<ListGraphType<ArchiveItemType>>("archiveCollection")
            .Argument<NonNullGraphType<IntGraphType>>("id")
            .ResolveAsync(async ctx =>
            {
                var archive = ctx.RequestServices!.GetRequiredService<ScoreArchiveClient>();
                return await archive.LegacyCollectionAsync(ctx.GetArgument<int>("id"), ctx.CancellationToken);
            });
    }
}
