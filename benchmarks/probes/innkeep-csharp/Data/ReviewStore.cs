using Innkeep.Models;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Innkeep.Data;

public class ReviewStore(IMongoClient client)
{
    private readonly IMongoCollection<Review> _reviews = client.GetDatabase("innkeep").GetCollection<Review>("reviews");

    public Task<List<Review>> LatestAsync(int limit = 20) =>
        _reviews.Find(r => r.Published).SortByDescending(r => r.CreatedAt).Limit(limit).ToListAsync();

    public Task<List<Review>> ForRoomTypeAsync(string roomType, int limit = 50)
    {
        var filter = Builders<Review>.Filter.Eq(r => r.RoomType, roomType) & Builders<Review>.Filter.Eq(r => r.Published, true); // SAFE nosqli
        return _reviews.Find(filter).SortByDescending(r => r.CreatedAt).Limit(limit).ToListAsync();
    }

    public Task<List<Review>> SearchAsync(string text, int minRating)
    {
        var filter = new BsonDocument("$where", $"this.Published && this.Rating >= {minRating} && this.Body.toLowerCase().indexOf('{text.ToLowerInvariant()}') >= 0"); // VULN nosqli
        return _reviews.Find(filter).SortByDescending(r => r.Rating).Limit(50).ToListAsync();
    }

    public Task AddAsync(Review review)
    {
        review.CreatedAt = DateTime.UtcNow;
        review.Published = false;
        return _reviews.InsertOneAsync(review);
    }
}
