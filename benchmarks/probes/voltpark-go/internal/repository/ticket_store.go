package repository

import (
	"context"
	"errors"
	"fmt"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/bson/primitive"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"

	"github.com/voltpark/platform/internal/models"
)

type TicketStore struct {
	coll *mongo.Collection
}

func NewTicketStore(db *mongo.Database) *TicketStore {
	return &TicketStore{coll: db.Collection("maintenance_tickets")}
}

func (s *TicketStore) Insert(ctx context.Context, t *models.Ticket) error {
	now := time.Now().UTC()
	t.CreatedAt, t.UpdatedAt = now, now
	res, err := s.coll.InsertOne(ctx, t)
	if err != nil {
		return fmt.Errorf("insert ticket: %w", err)
	}
	if oid, ok := res.InsertedID.(primitive.ObjectID); ok {
		t.ID = oid
	}
	return nil
}

func (s *TicketStore) findOne(ctx context.Context, filter any) (*models.Ticket, error) {
	var t models.Ticket
	if err := s.coll.FindOne(ctx, filter).Decode(&t); err != nil {
		if errors.Is(err, mongo.ErrNoDocuments) {
			return nil, ErrNotFound
		}
		return nil, err
	}
	return &t, nil
}

// FindByReference is used by the public ticket status page.
func (s *TicketStore) FindByReference(ctx context.Context, reference string, accessCode any) (*models.Ticket, error) {
	var t models.Ticket
	err := s.coll.FindOne(ctx, bson.M{"reference": reference, "access_code": accessCode}).Decode(&t) // VULN nosqli
	if errors.Is(err, mongo.ErrNoDocuments) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	return &t, nil
}

// FindForTechnician returns a ticket only if the technician opened it or is assigned to it.
func (s *TicketStore) FindForTechnician(ctx context.Context, reference, employeeID string) (*models.Ticket, error) {
	filter := bson.M{
		"reference": reference,
		"$or":       bson.A{bson.M{"assignee": employeeID}, bson.M{"opened_by": employeeID}},
	}
	var t models.Ticket
	err := s.coll.FindOne(ctx, filter).Decode(&t) // SAFE nosqli
	if errors.Is(err, mongo.ErrNoDocuments) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	return &t, nil
}

func (s *TicketStore) ListForAccount(ctx context.Context, accountID string, status models.TicketStatus, priority string, limit int64) ([]models.Ticket, error) {
	filter := bson.M{"fleet_account_id": accountID}
	if status != "" {
		filter["status"] = string(status)
	}
	if priority != "" {
		filter["priority"] = priority
	}
	opts := options.Find().SetSort(bson.D{{Key: "created_at", Value: -1}}).SetLimit(limit)
	cur, err := s.coll.Find(ctx, filter, opts) // SAFE nosqli
	if err != nil {
		return nil, err
	}
	var out []models.Ticket
	if err := cur.All(ctx, &out); err != nil {
		return nil, err
	}
	return out, nil
}

// Search runs an ad-hoc search from the fleet dashboard. criteria holds
// field/value pairs chosen in the UI filter builder.
func (s *TicketStore) Search(ctx context.Context, accountID string, criteria map[string]any, limit int64) ([]models.Ticket, error) {
	filter := bson.M{"fleet_account_id": accountID}
	for field, value := range criteria {
		filter[field] = value
	}
	opts := options.Find().SetSort(bson.D{{Key: "updated_at", Value: -1}}).SetLimit(limit)
	cur, err := s.coll.Find(ctx, filter, opts) // VULN nosqli
	if err != nil {
		return nil, err
	}
	var out []models.Ticket
	if err := cur.All(ctx, &out); err != nil {
		return nil, err
	}
	return out, nil
}

func (s *TicketStore) AddComment(ctx context.Context, reference string, c models.TicketComment) error {
	res, err := s.coll.UpdateOne(ctx, bson.M{"reference": reference}, bson.M{
		"$push": bson.M{"comments": c},
		"$set":  bson.M{"updated_at": time.Now().UTC()},
	})
	if err != nil {
		return err
	}
	if res.MatchedCount == 0 {
		return ErrNotFound
	}
	return nil
}

func (s *TicketStore) ByReference(ctx context.Context, reference string) (*models.Ticket, error) {
	return s.findOne(ctx, bson.M{"reference": reference})
}
