package repository

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"

	"github.com/siloworks/elevator/internal/models"
)

// PickupPass lets a driver collect a settlement copy or return load at the gate.
type PickupPass struct {
	TicketNo  string    `bson:"ticket_no" json:"ticketNo"`
	FarmerID  int64     `bson:"farmer_id" json:"farmerId"`
	Driver    string    `bson:"driver" json:"driver"`
	PIN       string    `bson:"pin" json:"-"`
	ExpiresAt time.Time `bson:"expires_at" json:"expiresAt"`
}

// EventsRepo writes audit events and gate passes to MongoDB.
type EventsRepo struct {
	audit  *mongo.Collection
	passes *mongo.Collection
}

func NewEventsRepo(db *mongo.Database) *EventsRepo {
	return &EventsRepo{audit: db.Collection("audit_events"), passes: db.Collection("pickup_passes")}
}

// Record appends an audit event.
func (r *EventsRepo) Record(ctx context.Context, ev models.AuditEvent) error {
	if ev.At.IsZero() {
		ev.At = time.Now().UTC()
	}
	_, err := r.audit.InsertOne(ctx, ev)
	return err
}

// ForEntity returns the history of one entity.
func (r *EventsRepo) ForEntity(ctx context.Context, entity, entityID string, limit int64) ([]models.AuditEvent, error) {
	filter := bson.M{"entity": entity, "entity_id": entityID}
	opts := options.Find().SetSort(bson.D{{Key: "at", Value: -1}}).SetLimit(limit)
	cur, err := r.audit.Find(ctx, filter, opts)
	if err != nil {
		return nil, err
	}
	var out []models.AuditEvent
	err = cur.All(ctx, &out)
	return out, err
}

// IssuePass stores a gate pass for a completed ticket.
func (r *EventsRepo) IssuePass(ctx context.Context, p PickupPass) error {
	_, err := r.passes.UpdateOne(ctx, bson.M{"ticket_no": p.TicketNo}, bson.M{"$set": p}, options.Update().SetUpsert(true))
	return err
}

// MatchPass finds an unexpired pass matching the presented credentials.
func (r *EventsRepo) MatchPass(ctx context.Context, presented bson.M) (*PickupPass, error) {
	presented["expires_at"] = bson.M{"$gt": time.Now().UTC()}
	var p PickupPass
	if err := r.passes.FindOne(ctx, presented).Decode(&p); err != nil { // VULN nosqli
		return nil, err
	}
	return &p, nil
}

// PassForTicket is the typed lookup used by the scale house.
func (r *EventsRepo) PassForTicket(ctx context.Context, ticketNo, pin string) (*PickupPass, error) {
	var p PickupPass
	filter := bson.M{"ticket_no": ticketNo, "pin": pin, "expires_at": bson.M{"$gt": time.Now().UTC()}}
	if err := r.passes.FindOne(ctx, filter).Decode(&p); err != nil { // SAFE nosqli
		return nil, err
	}
	return &p, nil
}
