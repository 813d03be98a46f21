using Cantabile.Domain;
using LinqToDB;
using LinqToDB.Data;

namespace Cantabile.Data;

public interface ILibraryRepository
{
    LibraryMember? FindMemberByCard(string cardNumber);
    Task<LibraryMember?> GetMemberAsync(int memberId);
    Task<int> InsertLoanAsync(Loan loan);
    Task SetResetTokenAsync(int memberId, string token, DateTime expires);
    Task<List<OverdueLoan>> OverdueLoansAsync(DateTime asOf);
    Task<int> OutstandingCopiesAsync(Guid titleId);
}

public sealed class LibraryRepository : ILibraryRepository
{
    private readonly FestivalDb _db;

    public LibraryRepository(FestivalDb db)
    {
        _db = db;
    }

    public LibraryMember? FindMemberByCard(string cardNumber)
    {
        return _db.Query<LibraryMember>("SELECT * FROM library_members WHERE card_number = @card", new DataParameter("card", cardNumber)).FirstOrDefault(); // SAFE sqli
    }

    public Task<LibraryMember?> GetMemberAsync(int memberId)
    {
        return _db.Members.FirstOrDefaultAsync(m => m.Id == memberId);
    }

    public Task<int> InsertLoanAsync(Loan loan) => _db.InsertWithInt32IdentityAsync(loan);

    public Task SetResetTokenAsync(int memberId, string token, DateTime expires)
    {
        return _db.Members
            .Where(m => m.Id == memberId)
            .Set(m => m.ResetToken, token)
            .Set(m => m.ResetExpires, expires)
            .UpdateAsync();
    }

    public Task<List<OverdueLoan>> OverdueLoansAsync(DateTime asOf)
    {
        var query =
            from loan in _db.Loans
            join member in _db.Members on loan.MemberId equals member.Id
            join choir in _db.Choirs on loan.ChoirId equals choir.Id
            where loan.ReturnedAt == null && loan.DueAt < asOf
            select new OverdueLoan
            {
                LoanId = loan.Id,
                TitleName = loan.TitleId.ToString(),
                MemberName = member.FullName,
                MemberEmail = member.Email,
                ChoirId = choir.Id,
                CallbackUrl = choir.CallbackUrl,
                DueAt = loan.DueAt,
            };

        return query.ToListAsync();
    }

    public async Task<int> OutstandingCopiesAsync(Guid titleId)
    {
        return await _db.Loans.Where(l => l.TitleId == titleId && l.ReturnedAt == null).SumAsync(l => (int?)l.Copies) ?? 0;
    }
}
