package domain

import (
	"time"
)

// Direction of travel through a lock chamber.
type Direction string

const (
	Upstream   Direction = "upstream"
	Downstream Direction = "downstream"
)

// BookingStatus tracks the lifecycle of a passage booking.
type BookingStatus string

const (
	BookingPending   BookingStatus = "pending"
	BookingConfirmed BookingStatus = "confirmed"
	BookingCancelled BookingStatus = "cancelled"
	BookingCompleted BookingStatus = "completed"
)

// Lock is a single river lock with one or more chambers.
type Lock struct {
	ID             int64   `db:"id" json:"id"`
	Name           string  `db:"name" json:"name"`
	River          string  `db:"river" json:"river"`
	District       string  `db:"district" json:"district"`
	ChamberLengthM float64 `db:"chamber_length_m" json:"chamberLengthM"`
	ChamberWidthM  float64 `db:"chamber_width_m" json:"chamberWidthM"`
	SillDepthM     float64 `db:"sill_depth_m" json:"sillDepthM"`
	GaugeStationID string  `db:"gauge_station_id" json:"gaugeStationId"`
}

// Booking is a reserved passage slot for a vessel at a lock.
type Booking struct {
	ID               int64         `db:"id" json:"id"`
	LockID           int64         `db:"lock_id" json:"lockId"`
	VesselID         int64         `db:"vessel_id" json:"vesselId"`
	OwnerID          int64         `db:"owner_id" json:"ownerId"`
	SlotStart        time.Time     `db:"slot_start" json:"slotStart"`
	SlotEnd          time.Time     `db:"slot_end" json:"slotEnd"`
	Direction        Direction     `db:"direction" json:"direction"`
	Status           BookingStatus `db:"status" json:"status"`
	ConfirmationCode string        `db:"confirmation_code" json:"confirmationCode"`
	CallbackURL      string        `db:"callback_url" json:"callbackUrl,omitempty"`
	ManifestXML      string        `db:"manifest_xml" json:"-"`
	CreatedAt        time.Time     `db:"created_at" json:"createdAt"`
}

// Fits reports whether a vessel's dimensions fit the lock chamber.
func (l Lock) Fits(v Vessel) bool {
	const clearance = 0.3
	return v.LengthM+clearance <= l.ChamberLengthM &&
		v.BeamM+clearance <= l.ChamberWidthM &&
		v.DraftM+clearance <= l.SillDepthM
}

// Vessel is a registered craft that may book lock passages.
type Vessel struct {
	ID           int64     `db:"id" json:"id"`
	HullID       string    `db:"hull_id" json:"hullId"`
	Name         string    `db:"name" json:"name"`
	OwnerID      int64     `db:"owner_id" json:"ownerId"`
	VesselClass  string    `db:"vessel_class" json:"vesselClass"`
	LengthM      float64   `db:"length_m" json:"lengthM"`
	BeamM        float64   `db:"beam_m" json:"beamM"`
	DraftM       float64   `db:"draft_m" json:"draftM"`
	HomePort     string    `db:"home_port" json:"homePort"`
	RegistryCode string    `db:"registry_code" json:"registryCode"`
	Notes        string    `db:"notes" json:"notes"`
	UpdatedAt    time.Time `db:"updated_at" json:"updatedAt"`
}

// Document is a certificate or permit attached to a vessel.
type Document struct {
	ID         int64     `db:"id" json:"id"`
	VesselID   int64     `db:"vessel_id" json:"vesselId"`
	Kind       string    `db:"kind" json:"kind"`
	FileName   string    `db:"file_name" json:"fileName"`
	StoredPath string    `db:"stored_path" json:"-"`
	UploadedAt time.Time `db:"uploaded_at" json:"uploadedAt"`
}

// User is an account on the public booking portal.
type User struct {
	ID           int64     `db:"id"`
	Username     string    `db:"username"`
	Email        string    `db:"email"`
	PasswordHash string    `db:"password_hash"`
	Role         string    `db:"role"`
	CreatedAt    time.Time `db:"created_at"`
}

// InspectionResult is the outcome of a vessel inspection.
type InspectionResult string

const (
	InspectionPassed      InspectionResult = "passed"
	InspectionConditional InspectionResult = "conditional"
	InspectionFailed      InspectionResult = "failed"
)

// Inspection is a safety inspection carried out by a lock keeper or surveyor.
type Inspection struct {
	ID          int64            `db:"id" json:"id"`
	VesselID    int64            `db:"vessel_id" json:"vesselId"`
	HullID      string           `db:"hull_id" json:"hullId"`
	InspectorID string           `db:"inspector_id" json:"inspectorId"`
	LockID      int64            `db:"lock_id" json:"lockId"`
	Result      InspectionResult `db:"result" json:"result"`
	Findings    string           `db:"findings" json:"findings"`
	SignedOff   bool             `db:"signed_off" json:"signedOff"`
	InspectedAt time.Time        `db:"inspected_at" json:"inspectedAt"`
}

// Photo is an image attached to an inspection.
type Photo struct {
	ID           int64     `db:"id" json:"id"`
	InspectionID int64     `db:"inspection_id" json:"inspectionId"`
	Path         string    `db:"path" json:"-"`
	SourceURL    string    `db:"source_url" json:"sourceUrl,omitempty"`
	CreatedAt    time.Time `db:"created_at" json:"createdAt"`
}

// GateEvent is published by the lock control PLC bridge.
type GateEvent struct {
	LockID    int64     `db:"lock_id" json:"lock_id"`
	Chamber   int       `db:"chamber" json:"chamber"`
	Gate      string    `db:"gate" json:"gate"`
	State     string    `db:"state" json:"state"`
	Operator  string    `db:"operator" json:"operator"`
	Timestamp time.Time `db:"occurred_at" json:"ts"`
}

// ReportRequest is a stored request for an aggregated passage report.
type ReportRequest struct {
	ID          int64     `db:"id" json:"id"`
	LockID      int64     `db:"lock_id" json:"lockId"`
	From        time.Time `db:"period_from" json:"from"`
	To          time.Time `db:"period_to" json:"to"`
	GroupBy     string    `db:"group_by" json:"groupBy"`
	Format      string    `db:"format" json:"format"`
	RequestedBy string    `db:"requested_by" json:"requestedBy"`
	Status      string    `db:"status" json:"status"`
	OutputFile  string    `db:"output_file" json:"outputFile"`
	CreatedAt   time.Time `db:"created_at" json:"createdAt"`
}

// Notice is a published notice to mariners for one lock.
type Notice struct {
	ID        int64     `db:"id" json:"id"`
	LockID    int64     `db:"lock_id" json:"lockId"`
	Title     string    `db:"title" json:"title"`
	Body      string    `db:"body" json:"body"`
	Author    string    `db:"author" json:"author"`
	PostedAt  time.Time `db:"posted_at" json:"postedAt"`
	ExpiresAt time.Time `db:"expires_at" json:"expiresAt"`
}
