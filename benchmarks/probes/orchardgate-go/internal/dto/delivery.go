package dto

import "time"

// DeliveryFilter is the query shape accepted by the intake listing endpoints.
type DeliveryFilter struct {
	GrowerID uint
	Variety  string
	Season   int
	SortBy   string
	Limit    int
	Offset   int
}

// IntakeRequest is posted by the weighbridge tablet for each load.
type IntakeRequest struct {
	GrowerCode string  `json:"grower_code"`
	Variety    string  `json:"variety"`
	Block      string  `json:"block"`
	GrossKg    float64 `json:"gross_kg"`
	TareKg     float64 `json:"tare_kg"`
	Brix       float64 `json:"brix"`
	Acidity    float64 `json:"acidity"`
	Starch     int     `json:"starch"`
	DefectPct  float64 `json:"defect_pct"`
	Notes      string  `json:"notes"`
}

// GradeResult is returned to the tablet and published to the intake topic.
type GradeResult struct {
	DeliveryID uint      `json:"delivery_id"`
	Grade      string    `json:"grade"`
	Score      float64   `json:"score"`
	Profile    string    `json:"profile"`
	GradedAt   time.Time `json:"graded_at"`
}

// ProfileUpdate changes the formula of a grading profile.
type ProfileUpdate struct {
	Name    string `json:"name"`
	Formula string `json:"formula"`
}

// ReportQuery selects a season report.
type ReportQuery struct {
	Season  string
	Variety string
	Format  string
}
