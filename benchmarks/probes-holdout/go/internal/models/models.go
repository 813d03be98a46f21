// Package models holds the domain types shared by the stores, services and handlers.
package models

import (
	"time"
)

// PassType enumerates the lift products we sell.
type PassType string

const (
	PassDay    PassType = "day"
	PassSeason PassType = "season"
)

// LiftPass is a sold pass, printed on a keycard or delivered to a phone wallet.
type LiftPass struct {
	ID          int64
	Code        string
	Type        PassType
	HolderName  string
	HolderEmail string
	ValidFrom   time.Time
	ValidTo     time.Time
	PriceCents  int64
	OrderID     int64
	CreatedAt   time.Time
}

// Order groups the passes purchased in one checkout.
type Order struct {
	ID            int64
	CustomerID    int64
	Status        string
	TotalCents    int64
	GiftRecipient string
	GiftEmail     string
	GiftMessage   string
	VoucherCode   string
	PaymentRef    string
	CreatedAt     time.Time
	CompletedAt   *time.Time
}

// Customer is a guest account on the public site.
type Customer struct {
	ID           int64
	Email        string
	FullName     string
	PasswordHash string
	ResetToken   string
	CreatedAt    time.Time
}

// Lift is a chairlift, gondola or surface lift.
type Lift struct {
	ID                int64
	Name              string
	Kind              string
	Status            string
	ControllerAddress string
	CapacityPerHour   int
}

// MaintenanceLog is one entry in a lift's maintenance book.
type MaintenanceLog struct {
	ID          int64
	LiftID      int64
	Inspector   string
	Category    string
	Notes       string
	Severity    int
	LoggedAt    time.Time
	Attachments []string
}

// Lesson is a scheduled ski school session.
type Lesson struct {
	ID           int64
	Title        string
	Level        string
	Discipline   string
	InstructorID int64
	StartsAt     time.Time
	DurationMin  int
	Capacity     int
	PriceCents   int64
}

// Booking reserves places on a lesson, usually for a family or school group.
type Booking struct {
	ID           int64
	LessonID     int64
	CustomerID   int64
	GroupName    string
	Participants int
	Notes        string
	CreatedAt    time.Time
}

// Review is guest feedback on a lesson.
type Review struct {
	ID         int64
	LessonID   int64
	AuthorName string
	Rating     int
	Comment    string
	CreatedAt  time.Time
}

// Instructor is a ski school teacher with a public profile.
type Instructor struct {
	ID          int64
	DisplayName string
	Bio         string
	Website     string
	Languages   []string
}

// Bulletin is an avalanche danger bulletin for one region.
type Bulletin struct {
	ID          int64
	Region      string
	DangerLevel int
	Summary     string
	Problems    []string
	IssuedAt    time.Time
	ValidUntil  time.Time
	Source      string
}

// Observation is a field report submitted by a guest or patroller.
type Observation struct {
	ID          int64
	Region      string
	Reporter    string
	Description string
	PhotoPath   string
	ObservedAt  time.Time
}

// PartnerWebhook is a callback registered by a hotel or rental partner.
type PartnerWebhook struct {
	ID        int64
	PartnerID string
	URL       string
	Events    []string
	Secret    string
	CreatedAt time.Time
}
