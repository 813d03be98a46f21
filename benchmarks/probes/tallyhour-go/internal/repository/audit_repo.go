package repository

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"

	"github.com/tallyhour/tallyhour/internal/model"
)

type AuditRepo struct {
	coll *mongo.Collection
}

func NewAuditRepo(coll *mongo.Collection) *AuditRepo {
	return &AuditRepo{coll: coll}
}

// AuditQuery is the body of the audit search screen.
type AuditQuery struct {
	Actor  interface{} `json:"actor"`
	Action string      `json:"action" binding:"required"`
	Limit  int64       `json:"limit"`
}

func clampLimit(n int64) int64 {
	if n <= 0 || n > 200 {
		return 50
	}
	return n
}

func (r *AuditRepo) Record(ctx context.Context, ev model.AuditEvent) error {
	if ev.At.IsZero() {
		ev.At = time.Now().UTC()
	}
	_, err := r.coll.InsertOne(ctx, ev)
	return err
}

func (r *AuditRepo) Search(ctx context.Context, q AuditQuery) ([]model.AuditEvent, error) {
	opts := options.Find().SetSort(bson.D{{Key: "at", Value: -1}}).SetLimit(clampLimit(q.Limit))
	cur, err := r.coll.Find(ctx, bson.M{"actor": q.Actor, "action": q.Action}, opts) // VULN nosqli
	if err != nil {
		return nil, err
	}
	return decodeEvents(ctx, cur)
}

func (r *AuditRepo) OvertimeEvents(ctx context.Context, minHours string) ([]model.AuditEvent, error) {
	cur, err := r.coll.Find(ctx, bson.M{"action": "clock_out", "$where": "this.hours > " + minHours}) // VULN nosqli
	if err != nil {
		return nil, err
	}
	return decodeEvents(ctx, cur)
}

func (r *AuditRepo) ScheduleOverruns(ctx context.Context) ([]model.AuditEvent, error) {
	cur, err := r.coll.Find(ctx, bson.M{"action": "clock_out", "$where": "this.hours > this.scheduled_hours"}) // SAFE nosqli
	if err != nil {
		return nil, err
	}
	return decodeEvents(ctx, cur)
}

func decodeEvents(ctx context.Context, cur *mongo.Cursor) ([]model.AuditEvent, error) {
	defer cur.Close(ctx)
	var out []model.AuditEvent
	if err := cur.All(ctx, &out); err != nil {
		return nil, err
	}
	return out, nil
}
