package domain

import "time"

type Kitchen struct {
	ID      int64  `db:"id" json:"id"`
	Name    string `db:"name" json:"name" binding:"required"`
	Region  string `db:"region" json:"region" binding:"required"`
	Cuisine string `db:"cuisine" json:"cuisine"`
}

type Booking struct {
	ID        int64     `gorm:"primaryKey" json:"id"`
	KitchenID int64     `json:"kitchen_id"`
	BrandName string    `json:"brand_name"`
	Status    string    `json:"status"`
	SlotStart time.Time `json:"slot_start"`
	SlotEnd   time.Time `json:"slot_end"`
}

type BookingFilter struct {
	KitchenID int64
	Status    string
	Limit     int
}

type Order struct {
	ID         int64     `gorm:"primaryKey" json:"id"`
	KitchenID  int64     `json:"kitchen_id"`
	CustomerID int64     `json:"customer_id"`
	Status     string    `json:"status"`
	TotalCents int64     `json:"total_cents"`
	PlacedAt   time.Time `json:"placed_at"`
}

type Refund struct {
	ID          int64  `gorm:"primaryKey" json:"id"`
	OrderID     int64  `json:"order_id"`
	AmountCents int64  `json:"amount_cents"`
	Reason      string `json:"reason"`
	Voucher     string `json:"voucher,omitempty"`
	Status      string `json:"status"`
	Signature   string `gorm:"-" json:"signature,omitempty"`
}

type Courier struct {
	ID    int64  `db:"id" json:"id"`
	Name  string `db:"name" json:"name"`
	Email string `db:"email" json:"email"`
	Zone  string `db:"zone" json:"zone"`
}

type MenuItem struct {
	ID         string   `bson:"_id,omitempty" json:"id"`
	KitchenID  int64    `bson:"kitchen_id" json:"kitchen_id"`
	Name       string   `bson:"name" json:"name"`
	Cuisine    string   `bson:"cuisine" json:"cuisine"`
	PriceCents int64    `bson:"price_cents" json:"price_cents"`
	Tags       []string `bson:"tags" json:"tags"`
}

// CartSnapshot is what the mobile apps persist between sessions.
type CartSnapshot struct {
	KitchenID int64          `json:"kitchen_id"`
	Items     map[string]int `json:"items"`
	Coupon    string         `json:"coupon"`
}
