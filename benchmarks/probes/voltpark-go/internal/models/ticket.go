package models

import (
	"time"

	"go.mongodb.org/mongo-driver/bson/primitive"
)

type TicketStatus string

const (
	TicketOpen       TicketStatus = "open"
	TicketInProgress TicketStatus = "in_progress"
	TicketWaiting    TicketStatus = "waiting_parts"
	TicketClosed     TicketStatus = "closed"
)

var ticketStatuses = map[string]TicketStatus{
	"open":          TicketOpen,
	"in_progress":   TicketInProgress,
	"waiting_parts": TicketWaiting,
	"closed":        TicketClosed,
}

func ParseTicketStatus(s string) (TicketStatus, bool) {
	st, ok := ticketStatuses[s]
	return st, ok
}

type TicketComment struct {
	Author    string    `bson:"author" json:"author"`
	Body      string    `bson:"body" json:"body"`
	CreatedAt time.Time `bson:"created_at" json:"created_at"`
}

type Ticket struct {
	ID             primitive.ObjectID `bson:"_id,omitempty" json:"id"`
	Reference      string             `bson:"reference" json:"reference"`
	ChargerID      string             `bson:"charger_id" json:"charger_id"`
	FleetAccountID string             `bson:"fleet_account_id" json:"fleet_account_id"`
	OpenedBy       string             `bson:"opened_by" json:"opened_by"`
	Assignee       string             `bson:"assignee,omitempty" json:"assignee,omitempty"`
	Status         TicketStatus       `bson:"status" json:"status"`
	Priority       string             `bson:"priority" json:"priority"`
	Title          string             `bson:"title" json:"title"`
	Description    string             `bson:"description" json:"description"`
	AccessCode     string             `bson:"access_code" json:"-"`
	Comments       []TicketComment    `bson:"comments,omitempty" json:"comments,omitempty"`
	CreatedAt      time.Time          `bson:"created_at" json:"created_at"`
	UpdatedAt      time.Time          `bson:"updated_at" json:"updated_at"`
}
