using Cantabile.Domain;
using LinqToDB;
using LinqToDB.Data;

namespace Cantabile.Data;

public interface IScoreRepository
{
    Task<int> InsertAsync(ScoreSheet sheet);
    Task<Category?> GetCategoryAsync(string code);
    Task SetTiebreakFormulaAsync(string code, string formula);
    Task<List<RankedEntry>> OfficialRankingAsync(string category, string round);
    Task<List<RankedEntry>> ProvisionalStandingsAsync(string category);
    List<ScoreSheet> SheetsByAdjudicator(string category, string adjudicatorName);
    Task<List<ScoreSheet>> SheetsForRegistrationAsync(int registrationId);
    Task<Adjudicator?> FindAdjudicatorByEmailAsync(string email);
    Task UpgradePasswordAsync(int adjudicatorId, string hash);
}

public sealed class ScoreRepository : IScoreRepository
{
    private readonly FestivalDb _db;

    public ScoreRepository(FestivalDb db)
    {
        _db = db;
    }

    public Task<int> InsertAsync(ScoreSheet sheet) => _db.InsertWithInt32IdentityAsync(sheet);

    public Task<Category?> GetCategoryAsync(string code)
    {
        return _db.Categories.FirstOrDefaultAsync(c => c.Code == code);
    }

    public Task SetTiebreakFormulaAsync(string code, string formula)
    {
        return _db.Categories
            .Where(c => c.Code == code)
            .Set(c => c.TiebreakFormula, formula)
            .UpdateAsync();
    }

    public async Task<List<RankedEntry>> OfficialRankingAsync(string category, string round)
    {
        FormattableString sql = $"SELECT r.id AS \"RegistrationId\", c.name AS \"ChoirName\", r.category AS \"Category\", SUM(s.intonation + s.blend + s.diction + s.interpretation + s.repertoire) AS \"Total\" FROM registrations r JOIN choirs c ON c.id = r.choir_id JOIN score_sheets s ON s.registration_id = r.id WHERE r.category = {category} AND s.round = {round} GROUP BY r.id, c.name, r.category ORDER BY \"Total\" DESC";
        return await _db.FromSql<RankedEntry>(sql).ToListAsync(); // SAFE sqli
    }

    public async Task<List<RankedEntry>> ProvisionalStandingsAsync(string category)
    {
        string sql = $"SELECT r.id AS \"RegistrationId\", c.name AS \"ChoirName\", r.category AS \"Category\", c.website AS \"Website\", AVG(s.intonation + s.blend + s.diction + s.interpretation + s.repertoire) AS \"Total\" FROM registrations r JOIN choirs c ON c.id = r.choir_id JOIN score_sheets s ON s.registration_id = r.id WHERE r.category = '{category}' GROUP BY r.id, c.name, r.category, c.website ORDER BY \"Total\" DESC";
        return await _db.FromSql<RankedEntry>(sql).ToListAsync(); // VULN sqli
    }

    public List<ScoreSheet> SheetsByAdjudicator(string category, string adjudicatorName)
    {
        var sql = "SELECT s.* FROM score_sheets s JOIN adjudicators a ON a.id = s.adjudicator_id JOIN registrations r ON r.id = s.registration_id " +
                  "WHERE r.category = @category AND a.display_name = '" + adjudicatorName + "' ORDER BY s.submitted_at";
        return _db.Query<ScoreSheet>(sql, new DataParameter("category", category)).ToList(); // VULN sqli
    }

    public Task<List<ScoreSheet>> SheetsForRegistrationAsync(int registrationId)
    {
        return _db.ScoreSheets.Where(s => s.RegistrationId == registrationId).OrderBy(s => s.SubmittedAt).ToListAsync();
    }

    public Task<Adjudicator?> FindAdjudicatorByEmailAsync(string email)
    {
        var normalised = email.Trim().ToLowerInvariant();
        return _db.Adjudicators.FirstOrDefaultAsync(a => a.Email == normalised);
    }

    public Task UpgradePasswordAsync(int adjudicatorId, string hash)
    {
        return _db.Adjudicators
            .Where(a => a.Id == adjudicatorId)
            .Set(a => a.PasswordHash, hash)
            .Set(a => a.PasswordScheme, "pbkdf2")
            .UpdateAsync();
    }
}
