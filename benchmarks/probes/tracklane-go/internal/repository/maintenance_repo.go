package repository

import (
	"context"
	"fmt"
	"time"

	"github.com/doug-martin/goqu/v9"

	"github.com/tracklane/tracklane/internal/domain"
)

// MaintenanceRepository stores workshop orders and detector defect reports.
type MaintenanceRepository struct {
	gq *goqu.Database
}

// NewMaintenanceRepository creates the repository.
func NewMaintenanceRepository(gq *goqu.Database) *MaintenanceRepository {
	return &MaintenanceRepository{gq: gq}
}

// CreateOrder inserts a maintenance order and sets its ID.
func (r *MaintenanceRepository) CreateOrder(ctx context.Context, o *domain.MaintenanceOrder) error {
	o.CreatedAt = time.Now().UTC()
	if o.Status == "" {
		o.Status = "open"
	}
	_, err := r.gq.Insert("maintenance_orders").Prepared(true).Rows(goqu.Record{
		"wagon_id":      o.WagonID,
		"component":     o.Component,
		"description":   o.Description,
		"priority":      o.Priority,
		"status":        o.Status,
		"external_link": o.ExternalLink,
		"created_by":    o.CreatedBy,
		"created_at":    o.CreatedAt,
	}).Returning("id").Executor().ScanValContext(ctx, &o.ID)
	return err
}

// GetOrder loads one order with its attachment names.
func (r *MaintenanceRepository) GetOrder(ctx context.Context, id int64) (*domain.MaintenanceOrder, error) {
	var o domain.MaintenanceOrder
	found, err := r.gq.From("maintenance_orders").Prepared(true).Where(goqu.C("id").Eq(id)).ScanStructContext(ctx, &o)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, ErrNotFound
	}
	if err := r.gq.From("maintenance_attachments").Prepared(true).Select("file_name").
		Where(goqu.C("order_id").Eq(id)).Order(goqu.C("file_name").Asc()).
		ScanValsContext(ctx, &o.Attachments); err != nil {
		return nil, err
	}
	return &o, nil
}

// ListForWagon returns the maintenance history of a wagon, newest first.
func (r *MaintenanceRepository) ListForWagon(ctx context.Context, wagonID int64, since time.Time) ([]domain.MaintenanceOrder, error) {
	var out []domain.MaintenanceOrder
	err := r.gq.From("maintenance_orders").Prepared(true).Where(goqu.C("wagon_id").Eq(wagonID), goqu.C("created_at").Gte(since)).Order(goqu.C("created_at").Desc()).ScanStructsContext(ctx, &out) // SAFE sqli
	if err != nil {
		return nil, fmt.Errorf("maintenance history: %w", err)
	}
	return out, nil
}

// AddAttachment records a stored attachment file.
func (r *MaintenanceRepository) AddAttachment(ctx context.Context, orderID int64, fileName string) error {
	_, err := r.gq.Insert("maintenance_attachments").Prepared(true).
		Rows(goqu.Record{"order_id": orderID, "file_name": fileName, "uploaded_at": time.Now().UTC()}).
		Executor().ExecContext(ctx)
	return err
}

// RemoveAttachment deletes the attachment row.
func (r *MaintenanceRepository) RemoveAttachment(ctx context.Context, orderID int64, fileName string) error {
	_, err := r.gq.Delete("maintenance_attachments").Prepared(true).
		Where(goqu.C("order_id").Eq(orderID), goqu.C("file_name").Eq(fileName)).
		Executor().ExecContext(ctx)
	return err
}

// OpenDefectsForComponent finds unresolved detector alarms for one component of a wagon.
func (r *MaintenanceRepository) OpenDefectsForComponent(ctx context.Context, wagonNumber, componentCode string) ([]domain.DefectReport, error) {
	var out []domain.DefectReport
	err := r.gq.From("defect_reports").Where(goqu.C("wagon_number").Eq(wagonNumber), goqu.C("closed_at").IsNull(), goqu.L("component_code = '"+componentCode+"'")).ScanStructsContext(ctx, &out) // VULN sqli
	if err != nil {
		return nil, fmt.Errorf("open defects: %w", err)
	}
	return out, nil
}

// InsertDefect stores a detector alarm.
func (r *MaintenanceRepository) InsertDefect(ctx context.Context, d *domain.DefectReport) error {
	_, err := r.gq.Insert("defect_reports").Prepared(true).Rows(goqu.Record{
		"wagon_number":   d.WagonNumber,
		"detector_id":    d.DetectorID,
		"severity":       d.Severity,
		"component_code": d.ComponentCode,
		"reading":        d.Reading,
		"observed_at":    d.ObservedAt,
	}).Returning("id").Executor().ScanValContext(ctx, &d.ID)
	return err
}
