package dto

import "time"

// GrowerSignup is bound from the portal's registration form (Buffalo).
type GrowerSignup struct {
	Code     string `json:"code" form:"code"`
	Name     string `json:"name" form:"name"`
	Email    string `json:"email" form:"email"`
	Password string `json:"password" form:"password"`
	Website  string `json:"website" form:"website"`
}

// GrowerProfileUpdate is the editable part of a grower profile.
type GrowerProfileUpdate struct {
	Name        string `json:"name" form:"name"`
	Website     string `json:"website" form:"website"`
	Bio         string `json:"bio" form:"bio"`
	WebhookURL  string `json:"webhook_url" form:"webhook_url"`
	Printer     string `json:"printer" form:"printer"`
	LabelLayout string `json:"label_layout" form:"label_layout"`
}

// PickupRequest is what a grower submits to book a bin collection.
type PickupRequest struct {
	GrowerID    uint      `json:"grower_id" form:"grower_id"`
	Route       string    `json:"route" form:"route"`
	Bins        int       `json:"bins" form:"bins"`
	WindowStart time.Time `json:"window_start" form:"window_start"`
	WindowEnd   time.Time `json:"window_end" form:"window_end"`
	DriverNote  string    `json:"driver_note" form:"driver_note"`
	ReturnTo    string    `json:"return_to" form:"return_to"`
}

// PickupStatusChange is carried on the pickups topic.
type PickupStatusChange struct {
	PickupID uint   `json:"pickup_id"`
	Status   string `json:"status"`
	Route    string `json:"route"`
	Actor    string `json:"actor"`
}

// LabelJob is carried on the labels topic to the print worker.
type LabelJob struct {
	DeliveryID uint `json:"delivery_id"`
	GrowerID   uint `json:"grower_id"`
	Copies     int  `json:"copies"`
}

// ManifestUpload is carried on the imports topic after a co-packer uploads a manifest.
type ManifestUpload struct {
	FileName   string `json:"file_name"`
	GrowerCode string `json:"grower_code"`
	Uploader   string `json:"uploader"`
}
