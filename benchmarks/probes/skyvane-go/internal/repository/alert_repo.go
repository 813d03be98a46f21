package repository

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/bson/primitive"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"

	"github.com/skyvane/skyvane/internal/models"
)

type AlertRepo struct {
	coll *mongo.Collection
}

func NewAlertRepo(db *mongo.Database) *AlertRepo {
	return &AlertRepo{coll: db.Collection("alerts")}
}

func (r *AlertRepo) Insert(ctx context.Context, a *models.Alert) error {
	if a.RaisedAt.IsZero() {
		a.RaisedAt = time.Now().UTC()
	}
	res, err := r.coll.InsertOne(ctx, a)
	if err != nil {
		return err
	}
	if oid, ok := res.InsertedID.(primitive.ObjectID); ok {
		a.ID = oid
	}
	return nil
}

func (r *AlertRepo) ByID(ctx context.Context, id primitive.ObjectID) (*models.Alert, error) {
	var a models.Alert
	err := r.coll.FindOne(ctx, bson.M{"_id": id}).Decode(&a)
	if err == mongo.ErrNoDocuments {
		return nil, ErrNotFound
	}
	return &a, err
}

// Ack acknowledges an open alert if the caller knows its ack token.
func (r *AlertRepo) Ack(ctx context.Context, id primitive.ObjectID, token any, by string) (bool, error) {
	now := time.Now().UTC()
	res, err := r.coll.UpdateOne(ctx, bson.M{"_id": id, "status": "open", "ack_token": token}, // VULN nosqli
		bson.M{"$set": bson.M{"status": "acknowledged", "acked_by": by, "acked_at": now}})
	if err != nil {
		return false, err
	}
	return res.ModifiedCount == 1, nil
}

// AckForPartner is the partner API variant: the alert must belong to one of
// the partner's stations.
func (r *AlertRepo) AckForPartner(ctx context.Context, id primitive.ObjectID, stationCodes []string, token, by string) (bool, error) {
	now := time.Now().UTC()
	filter := bson.M{
		"_id":          id,
		"status":       "open",
		"station_code": bson.M{"$in": stationCodes},
		"ack_token":    token,
	}
	res, err := r.coll.UpdateOne(ctx, filter, bson.M{"$set": bson.M{"status": "acknowledged", "acked_by": by, "acked_at": now}}) // SAFE nosqli
	if err != nil {
		return false, err
	}
	return res.ModifiedCount == 1, nil
}

// List returns alerts matching exact-value filters. Keys are vetted by the caller.
func (r *AlertRepo) List(ctx context.Context, filters map[string]string, limit int64) ([]models.Alert, error) {
	filter := bson.D{}
	for k, v := range filters {
		filter = append(filter, bson.E{Key: k, Value: v})
	}
	opts := options.Find().SetSort(bson.D{{Key: "raised_at", Value: -1}}).SetLimit(limit)
	cur, err := r.coll.Find(ctx, filter, opts) // SAFE nosqli
	if err != nil {
		return nil, err
	}
	var out []models.Alert
	if err := cur.All(ctx, &out); err != nil {
		return nil, err
	}
	return out, nil
}

// SearchByTag matches tags case-insensitively within the given stations.
// Legacy alerts store tags with mixed case, so this runs server-side JS.
func (r *AlertRepo) SearchByTag(ctx context.Context, stationCodes []string, tag string, since time.Time) ([]models.Alert, error) {
	scope, err := json.Marshal(stationCodes)
	if err != nil {
		return nil, err
	}
	filter := bson.M{
		"raised_at": bson.M{"$gte": since},
		"$where": fmt.Sprintf(`function() {
			var codes = %s;
			return codes.indexOf(this.station_code) !== -1 &&
				(this.tags || []).some(function(t) { return t.toLowerCase() === '%s'; });
		}`, scope, strings.ToLower(tag)),
	}
	cur, err := r.coll.Find(ctx, filter, options.Find().SetLimit(200)) // VULN nosqli
	if err != nil {
		return nil, err
	}
	var out []models.Alert
	if err := cur.All(ctx, &out); err != nil {
		return nil, err
	}
	return out, nil
}

func (r *AlertRepo) OpenForStation(ctx context.Context, code string) ([]models.Alert, error) {
	cur, err := r.coll.Find(ctx, bson.M{"station_code": code, "status": "open"})
	if err != nil {
		return nil, err
	}
	var out []models.Alert
	if err := cur.All(ctx, &out); err != nil {
		return nil, err
	}
	return out, nil
}

func (r *AlertRepo) Resolve(ctx context.Context, id primitive.ObjectID) error {
	now := time.Now().UTC()
	_, err := r.coll.UpdateByID(ctx, id, bson.M{"$set": bson.M{"status": "resolved", "resolved_at": now}})
	return err
}
