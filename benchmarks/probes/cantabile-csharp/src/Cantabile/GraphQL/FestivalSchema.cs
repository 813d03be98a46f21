using Cantabile.Clients;
using Cantabile.Contracts;
using Cantabile.Domain;
using Cantabile.Services;
using GraphQL.Types;

namespace Cantabile.Graph;

public sealed class FestivalSchema : Schema
{
    public FestivalSchema(IServiceProvider services) : base(services)
    {
        Query = services.GetRequiredService<FestivalQuery>();
        Mutation = services.GetRequiredService<FestivalMutation>();
    }
}

public sealed class RegistrationSummaryType : ObjectGraphType<RegistrationSummary>
{
    public RegistrationSummaryType()
    {
        Name = "Registration";
        Field(x => x.Id);
        Field(x => x.ChoirName);
        Field(x => x.HomeTown);
        Field(x => x.Category);
        Field(x => x.SingerCount);
        Field(x => x.Status);
        Field(x => x.SubmittedAt);
    }
}

public sealed class CatalogueItemType : ObjectGraphType<CatalogueItem>
{
    public CatalogueItemType()
    {
        Name = "CatalogueItem";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Title);
        Field(x => x.Composer);
        Field(x => x.Arranger, nullable: true);
        Field(x => x.Voicing);
        Field(x => x.CopiesAvailable);
    }
}

public sealed class SetPieceType : ObjectGraphType<SetPiece>
{
    public SetPieceType()
    {
        Name = "SetPiece";
        Field(x => x.Title);
        Field(x => x.Composer);
        Field(x => x.Voicing);
        Field(x => x.Category);
        Field(x => x.DurationSeconds);
    }
}

public sealed class AdjudicatorProfileType : ObjectGraphType<AdjudicatorProfile>
{
    public AdjudicatorProfileType()
    {
        Name = "Adjudicator";
        Field(x => x.DisplayName);
        Field(x => x.Email);
        Field(x => x.Panel);
        Field(x => x.Phone, nullable: true);
    }
}

public sealed class ArchiveItemType : ObjectGraphType<ArchiveCollectionItem>
{
    public ArchiveItemType()
    {
        Name = "ArchiveItem";
        Field(x => x.EditionId);
        Field(x => x.Title);
        Field(x => x.Composer);
        Field(x => x.Voicing);
    }
}

public sealed class ProgrammeSummaryType : ObjectGraphType<FestivalProgramme>
{
    public ProgrammeSummaryType()
    {
        Name = "Programme";
        Field(x => x.Year);
        Field(x => x.Title);
        Field<IntGraphType>("sessionCount").Resolve(ctx => ctx.Source.Sessions.Count);
    }
}
