package dto

import (
	"errors"
	"net/url"
	"strings"
	"time"

	"github.com/stillriver/stillriver/internal/domain"
)

// BookingSearch carries the filters accepted by GET /bookings.
type BookingSearch struct {
	LockID   int64
	Status   string
	SortBy   string
	SortDir  string
	FromDate time.Time
	Limit    int
	Offset   int
}

// CreateBookingRequest is the JSON body of POST /bookings.
type CreateBookingRequest struct {
	VesselID    int64            `json:"vesselId"`
	LockID      int64            `json:"lockId"`
	SlotStart   time.Time        `json:"slotStart"`
	Direction   domain.Direction `json:"direction"`
	CallbackURL string           `json:"callbackUrl"`
	ManifestXML string           `json:"manifestXml"`
}

// Validate performs structural checks on the request.
func (r CreateBookingRequest) Validate() error {
	if r.VesselID <= 0 || r.LockID <= 0 {
		return errors.New("vesselId and lockId are required")
	}
	if r.SlotStart.IsZero() {
		return errors.New("slotStart is required")
	}
	if r.Direction != domain.Upstream && r.Direction != domain.Downstream {
		return errors.New("direction must be upstream or downstream")
	}
	if r.CallbackURL != "" {
		u, err := url.Parse(r.CallbackURL)
		if err != nil {
			return errors.New("callbackUrl is not a valid URL")
		}
		scheme := strings.ToLower(u.Scheme)
		if scheme != "http" && scheme != "https" {
			return errors.New("callbackUrl must use http or https")
		}
	}
	return nil
}

// BookingResponse is returned after a booking is created.
type BookingResponse struct {
	ID               int64     `json:"id"`
	ConfirmationCode string    `json:"confirmationCode"`
	SlotStart        time.Time `json:"slotStart"`
	SlotEnd          time.Time `json:"slotEnd"`
	Status           string    `json:"status"`
}

// ManifestItem is a cargo line returned from a booking manifest query.
type ManifestItem struct {
	UNNumber    string `json:"unNumber"`
	Description string `json:"description"`
	HazardClass string `json:"hazardClass"`
	QuantityKg  string `json:"quantityKg"`
}

// LoginForm is the POST /auth/login body.
type LoginForm struct {
	Username string
	Password string
	Next     string
}

// RegisterRequest is the POST /auth/register body.
type RegisterRequest struct {
	Username string `json:"username"`
	Email    string `json:"email"`
	Password string `json:"password"`
}

// NoticePreviewRequest is sent by lock operators drafting notices to mariners.
type NoticePreviewRequest struct {
	LockID       int64  `json:"lockId"`
	Title        string `json:"title"`
	BodyTemplate string `json:"bodyTemplate"`
}
