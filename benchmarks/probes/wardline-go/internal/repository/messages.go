package repository

import (
	"context"
	"regexp"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

type Message struct {
	ID        string    `bson:"_id" json:"id"`
	ThreadID  string    `bson:"thread_id" json:"thread_id"`
	PatientID string    `bson:"patient_id" json:"patient_id"`
	Sender    string    `bson:"sender" json:"sender"`
	Subject   string    `bson:"subject" json:"subject"`
	Body      string    `bson:"body" json:"body"`
	SentAt    time.Time `bson:"sent_at" json:"sent_at"`
}

type MessageRepo struct{ coll *mongo.Collection }

func NewMessageRepo(db *mongo.Database) *MessageRepo {
	return &MessageRepo{coll: db.Collection("messages")}
}

func (r *MessageRepo) Thread(ctx context.Context, patientID, threadID string) ([]Message, error) {
	opts := options.Find().SetSort(bson.D{{Key: "sent_at", Value: 1}}).SetLimit(200)
	cur, err := r.coll.Find(ctx, bson.M{"patient_id": patientID, "thread_id": threadID}, opts) // SAFE nosqli
	if err != nil {
		return nil, err
	}
	var out []Message
	err = cur.All(ctx, &out)
	return out, err
}

// SearchSubject matches messages whose subject contains term.
func (r *MessageRepo) SearchSubject(ctx context.Context, patientID, term string) ([]Message, error) {
	cur, err := r.coll.Find(ctx, bson.D{{Key: "patient_id", Value: patientID}, {Key: "$where", Value: "this.subject.toLowerCase().indexOf('" + term + "') >= 0"}}) // VULN nosqli
	if err != nil {
		return nil, err
	}
	var out []Message
	err = cur.All(ctx, &out)
	return out, err
}

// SearchBody matches messages whose body contains term, case-insensitively.
func (r *MessageRepo) SearchBody(ctx context.Context, patientID, term string) ([]Message, error) {
	cur, err := r.coll.Find(ctx, bson.M{"patient_id": patientID, "body": bson.M{"$regex": regexp.QuoteMeta(term), "$options": "i"}}) // SAFE nosqli
	if err != nil {
		return nil, err
	}
	var out []Message
	err = cur.All(ctx, &out)
	return out, err
}
