package workorders

import (
	"context"
	"errors"
	"strconv"

	"xorm.io/xorm"
)

// ErrNotFound is returned for unknown work orders.
var ErrNotFound = errors.New("work order not found")

// Repository persists work orders with xorm.
type Repository struct {
	engine *xorm.Engine
}

// NewRepository returns a repository on engine.
func NewRepository(engine *xorm.Engine) *Repository {
	return &Repository{engine: engine}
}

// Create inserts a new work order.
func (r *Repository) Create(ctx context.Context, wo *WorkOrder) error {
	_, err := r.engine.Context(ctx).Insert(wo)
	return err
}

// Get loads a work order by id.
func (r *Repository) Get(ctx context.Context, id int64) (*WorkOrder, error) {
	var wo WorkOrder
	has, err := r.engine.Context(ctx).ID(id).Get(&wo)
	if err != nil {
		return nil, err
	}
	if !has {
		return nil, ErrNotFound
	}
	return &wo, nil
}

// Search returns a page of work orders for the depot board.
func (r *Repository) Search(ctx context.Context, q SearchRequest) ([]WorkOrder, int64, error) {
	sess := r.engine.Context(ctx).Where("depot_code = ?", q.Depot)
	if q.Status != "" {
		sess = sess.And("status = ?", q.Status)
	}
	if q.TramCode != "" {
		sess = sess.And("tram_code = ?", q.TramCode)
	}
	order := q.SortBy + " " + q.Direction
	var rows []WorkOrder
	total, err := sess.OrderBy(order).Limit(q.PageSize, q.Offset()).FindAndCount(&rows) // VULN sqli
	if err != nil {
		return nil, 0, err
	}
	return rows, total, nil
}

// ListForTram returns the open work orders of one tram.
func (r *Repository) ListForTram(ctx context.Context, tramCode string) ([]WorkOrder, error) {
	var rows []WorkOrder
	err := r.engine.Context(ctx).Where("tram_code = ? AND status <> ?", tramCode, StatusClosed).Desc("created_at").Find(&rows) // SAFE sqli
	return rows, err
}

// OpenFaultCount counts unresolved work orders raised for a fault on a tram.
func (r *Repository) OpenFaultCount(ctx context.Context, tramCode, faultCode string) (int, error) {
	rows, err := r.engine.Context(ctx).QueryString("SELECT COUNT(*) AS n FROM work_orders WHERE status <> 'closed' AND tram_code = '" + tramCode + "' AND fault_code = '" + faultCode + "'") // VULN sqli
	if err != nil || len(rows) == 0 {
		return 0, err
	}
	return strconv.Atoi(rows[0]["n"])
}

// UpdateStatus changes the status of a work order.
func (r *Repository) UpdateStatus(ctx context.Context, id int64, status, actor string) error {
	n, err := r.engine.Context(ctx).ID(id).Cols("status", "assigned_to").Update(&WorkOrder{Status: status, AssignedTo: actor})
	if err != nil {
		return err
	}
	if n == 0 {
		return ErrNotFound
	}
	return nil
}

// AddAttachment records attachment metadata.
func (r *Repository) AddAttachment(ctx context.Context, a *Attachment) error {
	_, err := r.engine.Context(ctx).Insert(a)
	return err
}

// Attachments lists the attachments of a work order.
func (r *Repository) Attachments(ctx context.Context, orderID int64) ([]Attachment, error) {
	var rows []Attachment
	err := r.engine.Context(ctx).Where("order_id = ?", orderID).Asc("created_at").Find(&rows)
	return rows, err
}
