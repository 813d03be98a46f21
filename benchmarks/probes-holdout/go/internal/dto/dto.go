// Package dto contains request and response shapes for the HTTP APIs.
package dto

import (
	"time"
)

// PassFilter is built from the public pass listing query string.
type PassFilter struct {
	Type   string
	Sort   string
	Desc   bool
	Limit  int
	Offset int
}

// BuyPassForm is the checkout form on the public site.
type BuyPassForm struct {
	PassType      string
	Days          int
	StartDate     time.Time
	HolderName    string
	HolderEmail   string
	GiftRecipient string
	GiftEmail     string
	GiftMessage   string
	ReturnTo      string
}

// BookingRequest is the JSON body for booking a ski lesson.
type BookingRequest struct {
	GroupName    string `json:"group_name"`
	Participants int    `json:"participants"`
	Notes        string `json:"notes"`
	ContactEmail string `json:"contact_email"`
}

// ReviewRequest is the JSON body for a lesson review.
type ReviewRequest struct {
	AuthorName string `json:"author_name"`
	Rating     int    `json:"rating"`
	Comment    string `json:"comment"`
}

// MaterialUpload is the JSON body an instructor uses to attach a handout.
type MaterialUpload struct {
	Filename    string `json:"filename"`
	ContentType string `json:"content_type"`
	Data        []byte `json:"data"`
}

// ObservationRequest is a field observation submitted from the mobile app.
type ObservationRequest struct {
	Region      string `json:"region"`
	Reporter    string `json:"reporter"`
	Description string `json:"description"`
	PhotoURL    string `json:"photo_url"`
}

// WebhookRegistration is a partner's webhook sign-up request.
type WebhookRegistration struct {
	PartnerID string   `json:"partner_id"`
	URL       string   `json:"url"`
	Events    []string `json:"events"`
}

// InstructorProfileForm is the public instructor profile form.
type InstructorProfileForm struct {
	DisplayName string
	Bio         string
	Website     string
	Languages   []string
}

// MaintenanceLogRequest is posted by lift mechanics from the ops tablet.
type MaintenanceLogRequest struct {
	Inspector string   `json:"inspector" binding:"required"`
	Category  string   `json:"category" binding:"required"`
	Notes     string   `json:"notes"`
	Severity  int      `json:"severity" binding:"min=0,max=5"`
	Files     []string `json:"files"`
}

// ReportRequest asks the worker to render a maintenance report PDF.
type ReportRequest struct {
	LiftID int64  `json:"lift_id" binding:"required"`
	Title  string `json:"title" binding:"required"`
	From   string `json:"from"`
	To     string `json:"to"`
}

// ControllerUpdate changes a lift's PLC/controller address.
type ControllerUpdate struct {
	Address string `json:"address" binding:"required"`
}

// StaffSearchRequest searches the staff directory by department.
type StaffSearchRequest struct {
	Department string `json:"department" binding:"required"`
	UID        string `json:"uid"`
}

// FeedImportRequest asks the worker to pull bulletins from a provider.
type FeedImportRequest struct {
	FeedURL string `json:"feed_url" binding:"required"`
}
