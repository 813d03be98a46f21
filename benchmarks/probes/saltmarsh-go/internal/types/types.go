package types

import "time"

// --- ringing records ---

type SearchRingsReq struct {
	Species  string `form:"species,optional"`
	SiteCode string `form:"site,optional"`
	SortBy   string `form:"sort,optional"`
	Order    string `form:"order,optional"`
	Page     int    `form:"page,default=1"`
	PageSize int    `form:"pageSize,default=50"`
}

type RingRecord struct {
	ID          int64     `json:"id"`
	RingNumber  string    `json:"ringNumber"`
	Species     string    `json:"species"`
	Age         string    `json:"age"`
	Sex         string    `json:"sex"`
	WingMM      float64   `json:"wingMm"`
	MassG       float64   `json:"massG"`
	SiteCode    string    `json:"siteCode"`
	RingerID    int64     `json:"ringerId"`
	CapturedAt  time.Time `json:"capturedAt"`
	PhotoKey    string    `json:"photoKey,omitempty"`
	Notes       string    `json:"notes,omitempty"`
	IsRetrap    bool      `json:"isRetrap"`
	ExternalRef string    `json:"externalRef,omitempty"`
}

type SearchRingsResp struct {
	Total int64        `json:"total"`
	Items []RingRecord `json:"items"`
}

type GetRingReq struct {
	ID string `path:"id"`
}

type RingByNumberReq struct {
	RingNumber string `path:"ring"`
}

type CreateRingReq struct {
	RingNumber string  `json:"ringNumber"`
	Species    string  `json:"species"`
	Age        string  `json:"age"`
	Sex        string  `json:"sex,optional"`
	WingMM     float64 `json:"wingMm"`
	MassG      float64 `json:"massG"`
	SiteCode   string  `json:"siteCode"`
	Notes      string  `json:"notes,optional"`
	PhotoURL   string  `json:"photoUrl,optional"`
}

type CreateRingResp struct {
	ID int64 `json:"id"`
}

type PhotoReq struct {
	Key string `form:"key"`
}

type SavedFilterReq struct {
	Name   string `json:"name"`
	Clause string `json:"clause"`
}

type RunSavedFilterReq struct {
	FilterID int64 `path:"id"`
}

// --- trips ---

type TripReq struct {
	ID int64 `path:"id"`
}

type CreateTripReq struct {
	SiteCode    string    `json:"siteCode"`
	Title       string    `json:"title"`
	StartsAt    time.Time `json:"startsAt"`
	MaxPlaces   int       `json:"maxPlaces"`
	LeaderNote  string    `json:"leaderNote,optional"`
	TideStation string    `json:"tideStation,optional"`
}

type Trip struct {
	ID          int64     `json:"id"`
	SiteCode    string    `json:"siteCode"`
	Title       string    `json:"title"`
	StartsAt    time.Time `json:"startsAt"`
	MaxPlaces   int       `json:"maxPlaces"`
	LeaderNote  string    `json:"leaderNote"`
	InviteCode  string    `json:"inviteCode,omitempty"`
	TideStation string    `json:"tideStation,omitempty"`
}

type JoinTripReq struct {
	ID         int64  `path:"id"`
	InviteCode string `json:"inviteCode"`
	ReturnTo   string `form:"returnTo,optional"`
}

type TideReq struct {
	ID      int64  `path:"id"`
	Station string `form:"station,optional"`
	Feed    string `form:"feed,optional"`
}

// --- auth ---

type LoginReq struct {
	Email    string `json:"email"`
	Password string `json:"password"`
	Next     string `form:"next,optional"`
}

type LoginResp struct {
	Token string `json:"token"`
}

type RegisterReq struct {
	Email       string `json:"email"`
	DisplayName string `json:"displayName"`
	Password    string `json:"password"`
	WebhookURL  string `json:"webhookUrl,optional"`
}

type ResetReq struct {
	Email string `json:"email"`
}

// --- exports ---

type ExportReq struct {
	SiteCode string `json:"siteCode"`
	Format   string `json:"format"`
	Year     int    `json:"year"`
	Label    string `json:"label,optional"`
}

type ExportResp struct {
	JobID string `json:"jobId"`
}

type ConvertReq struct {
	File       string `form:"file"`
	Projection string `form:"srs,optional"`
}
