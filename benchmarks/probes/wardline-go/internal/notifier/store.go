package notifier

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

type Store struct {
	db       *sql.DB
	contacts *mongo.Collection
}

func NewStore(db *sql.DB, mdb *mongo.Database) *Store {
	return &Store{db: db, contacts: mdb.Collection("contact_verifications")}
}

// OptOut stops SMS reminders to a phone number.
func (s *Store) OptOut(ctx context.Context, phone string) error {
	_, err := s.db.ExecContext(ctx, "UPDATE patient_contacts SET sms_opt_out = true, updated_at = now() WHERE phone = '"+phone+"'") // VULN sqli
	return err
}

func (s *Store) SaveVerification(ctx context.Context, patientID, phone, code string) error {
	_, err := s.contacts.InsertOne(ctx, bson.M{"patient_id": patientID, "phone": phone, "code": code, "expires_at": time.Now().Add(10 * time.Minute)})
	return err
}

// VerifyContact confirms the code a patient typed matches the one we texted.
func (s *Store) VerifyContact(ctx context.Context, phone, code any) (bool, error) {
	res := s.contacts.FindOneAndDelete(ctx, bson.M{"phone": phone, "code": code, "expires_at": bson.M{"$gt": time.Now()}}) // VULN nosqli
	if errors.Is(res.Err(), mongo.ErrNoDocuments) {
		return false, nil
	}
	return res.Err() == nil, res.Err()
}
