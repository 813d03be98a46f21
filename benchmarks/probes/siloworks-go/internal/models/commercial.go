package models

import (
	"time"
)

// Farmer is a grower delivering to the elevator.
type Farmer struct {
	ID           int64     `db:"id" json:"id" gorm:"primaryKey"`
	Name         string    `db:"name" json:"name"`
	FarmName     string    `db:"farm_name" json:"farmName"`
	Email        string    `db:"email" json:"email"`
	Phone        string    `db:"phone" json:"phone"`
	PasswordHash string    `db:"password_hash" json:"-"`
	PayeeRef     string    `db:"payee_ref" json:"payeeRef"`
	CreatedAt    time.Time `db:"created_at" json:"createdAt"`
}

// Contract is a forward or deferred-price contract between farmer and elevator.
type Contract struct {
	ID           int64     `json:"id" gorm:"primaryKey"`
	ContractNo   string    `json:"contractNo"`
	FarmerID     int64     `json:"farmerId"`
	FarmerName   string    `json:"farmerName"`
	Commodity    string    `json:"commodity"`
	Kind         string    `json:"kind"`
	BushelsTotal float64   `json:"bushelsTotal"`
	BushelsDone  float64   `json:"bushelsDone"`
	FuturesMonth string    `json:"futuresMonth"`
	Basis        float64   `json:"basis"`
	FlatPrice    float64   `json:"flatPrice"`
	DeliveryFrom time.Time `json:"deliveryFrom"`
	DeliveryTo   time.Time `json:"deliveryTo"`
	Terms        string    `json:"terms"`
	DocumentURL  string    `json:"documentUrl"`
	Status       string    `json:"status"`
	CreatedAt    time.Time `json:"createdAt"`
}

// TableName pins the GORM table.
func (Contract) TableName() string { return "contracts" }

// Remaining bushels open on the contract.
func (c Contract) Remaining() float64 {
	r := c.BushelsTotal - c.BushelsDone
	if r < 0 {
		return 0
	}
	return r
}

// Settlement is a payment statement produced for a farmer after delivery.
type Settlement struct {
	ID          int64            `db:"id" json:"id"`
	StatementNo string           `db:"statement_no" json:"statementNo"`
	FarmerID    int64            `db:"farmer_id" json:"farmerId"`
	FarmerName  string           `db:"farmer_name" json:"farmerName"`
	PeriodFrom  time.Time        `db:"period_from" json:"periodFrom"`
	PeriodTo    time.Time        `db:"period_to" json:"periodTo"`
	GrossAmount float64          `db:"gross_amount" json:"grossAmount"`
	Deductions  float64          `db:"deductions" json:"deductions"`
	NetAmount   float64          `db:"net_amount" json:"netAmount"`
	Memo        string           `db:"memo" json:"memo"`
	PDFFile     string           `db:"pdf_file" json:"pdfFile"`
	Status      string           `db:"status" json:"status"`
	CreatedAt   time.Time        `db:"created_at" json:"createdAt"`
	Lines       []SettlementLine `db:"-" json:"lines"`
}

// SettlementLine is one ticket applied to a statement.
type SettlementLine struct {
	TicketNo   string  `db:"ticket_no" json:"ticketNo"`
	Commodity  string  `db:"commodity" json:"commodity"`
	NetBushels float64 `db:"net_bushels" json:"netBushels"`
	Price      float64 `db:"price" json:"price"`
	Discount   float64 `db:"discount" json:"discount"`
	Amount     float64 `db:"amount" json:"amount"`
}

// Webhook is a partner callback registration.
type Webhook struct {
	ID        int64     `db:"id" json:"id"`
	PartnerID string    `db:"partner_id" json:"partnerId"`
	Event     string    `db:"event" json:"event"`
	TargetURL string    `db:"target_url" json:"targetUrl"`
	Secret    string    `db:"secret" json:"-"`
	CreatedAt time.Time `db:"created_at" json:"createdAt"`
}

// RailCar is a hopper car spotted at the elevator's loading track.
type RailCar struct {
	ID          int64      `db:"id" json:"id"`
	CarMark     string     `db:"car_mark" json:"carMark"`
	TrainID     string     `db:"train_id" json:"trainId"`
	Commodity   string     `db:"commodity" json:"commodity"`
	CapacityKg  float64    `db:"capacity_kg" json:"capacityKg"`
	LoadedKg    float64    `db:"loaded_kg" json:"loadedKg"`
	SealNo      string     `db:"seal_no" json:"sealNo"`
	Destination string     `db:"destination" json:"destination"`
	Status      string     `db:"status" json:"status"`
	SpottedAt   time.Time  `db:"spotted_at" json:"spottedAt"`
	ReleasedAt  *time.Time `db:"released_at" json:"releasedAt,omitempty"`
}

// AuditEvent is written to MongoDB for every state change.
type AuditEvent struct {
	Actor    string                 `bson:"actor" json:"actor"`
	Action   string                 `bson:"action" json:"action"`
	Entity   string                 `bson:"entity" json:"entity"`
	EntityID string                 `bson:"entity_id" json:"entityId"`
	Details  map[string]interface{} `bson:"details" json:"details"`
	At       time.Time              `bson:"at" json:"at"`
}
