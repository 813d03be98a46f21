package repository

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"time"

	"github.com/tallyhour/tallyhour/internal/model"
)

var ErrNotFound = errors.New("not found")

const employeeColumns = "id, badge_no, full_name, email, department, hourly_rate, username, password_hash, kiosk_pin_hash"

type EmployeeRepo struct {
	db *sql.DB
}

func NewEmployeeRepo(db *sql.DB) *EmployeeRepo {
	return &EmployeeRepo{db: db}
}

type rowScanner interface {
	Scan(dest ...any) error
}

func scanEmployee(s rowScanner) (*model.Employee, error) {
	var e model.Employee
	var pin sql.NullString
	err := s.Scan(&e.ID, &e.BadgeNo, &e.FullName, &e.Email, &e.Department, &e.HourlyRate, &e.Username, &e.PasswordHash, &pin)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	e.KioskPINHash = pin.String
	return &e, nil
}

func collect(rows *sql.Rows) ([]model.Employee, error) {
	defer rows.Close()
	var out []model.Employee
	for rows.Next() {
		e, err := scanEmployee(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, *e)
	}
	return out, rows.Err()
}

func (r *EmployeeRepo) GetByID(ctx context.Context, id int64) (*model.Employee, error) {
	return scanEmployee(r.db.QueryRowContext(ctx, "SELECT "+employeeColumns+" FROM employees WHERE id = $1", id))
}

func (r *EmployeeRepo) GetByUsername(ctx context.Context, username string) (*model.Employee, error) {
	return scanEmployee(r.db.QueryRowContext(ctx, "SELECT "+employeeColumns+" FROM employees WHERE username = $1 AND active", username))
}

func (r *EmployeeRepo) GetByEmail(ctx context.Context, email string) (*model.Employee, error) {
	return scanEmployee(r.db.QueryRowContext(ctx, "SELECT "+employeeColumns+" FROM employees WHERE lower(email) = lower($1)", email))
}

func (r *EmployeeRepo) GetByBadge(ctx context.Context, badge string) (*model.Employee, error) {
	return scanEmployee(r.db.QueryRowContext(ctx, "SELECT "+employeeColumns+" FROM employees WHERE badge_no = $1", badge))
}

// SearchByName powers the people picker in the approvals screen.
func (r *EmployeeRepo) SearchByName(ctx context.Context, term string, limit int) ([]model.Employee, error) {
	q := "SELECT " + employeeColumns + " FROM employees WHERE active AND full_name ILIKE '%" + term + "%' ORDER BY full_name LIMIT " + strconv.Itoa(limit)
	rows, err := r.db.QueryContext(ctx, q) // VULN sqli
	if err != nil {
		return nil, err
	}
	return collect(rows)
}

// ListForManager returns direct reports using the manager's saved list order.
func (r *EmployeeRepo) ListForManager(ctx context.Context, managerID int64) ([]model.Employee, error) {
	var pref sql.NullString
	if err := r.db.QueryRowContext(ctx, "SELECT list_sort_pref FROM employees WHERE id = $1", managerID).Scan(&pref); err != nil {
		return nil, err
	}
	order := "full_name ASC"
	if pref.Valid && pref.String != "" {
		order = pref.String
	}
	rows, err := r.db.QueryContext(ctx, "SELECT "+employeeColumns+" FROM employees WHERE manager_id = $1 ORDER BY "+order, managerID) // SAFE sqli
	if err != nil {
		return nil, err
	}
	return collect(rows)
}

func (r *EmployeeRepo) HeadcountByDepartment(ctx context.Context) (map[string]int, error) {
	rows, err := r.db.QueryContext(ctx, "SELECT department, count(*) FROM employees WHERE active GROUP BY department")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var dept string
		var n int
		if err := rows.Scan(&dept, &n); err != nil {
			return nil, err
		}
		out[dept] = n
	}
	return out, rows.Err()
}

func (r *EmployeeRepo) UpdateSortPref(ctx context.Context, id int64, orderClause string) error {
	_, err := r.db.ExecContext(ctx, "UPDATE employees SET list_sort_pref = $1 WHERE id = $2", orderClause, id)
	return err
}

func (r *EmployeeRepo) UpdatePasswordHash(ctx context.Context, id int64, hash string) error {
	_, err := r.db.ExecContext(ctx, "UPDATE employees SET password_hash = $1, password_changed_at = now() WHERE id = $2", hash, id)
	return err
}

func (r *EmployeeRepo) UpdateKioskPIN(ctx context.Context, id int64, pinHash string) error {
	_, err := r.db.ExecContext(ctx, "UPDATE employees SET kiosk_pin_hash = $1 WHERE id = $2", pinHash, id)
	return err
}

func (r *EmployeeRepo) SaveResetCode(ctx context.Context, id int64, code string, expires time.Time) error {
	_, err := r.db.ExecContext(ctx,
		"INSERT INTO password_resets (employee_id, code, expires_at) VALUES ($1, $2, $3)",
		id, code, expires)
	return err
}

func (r *EmployeeRepo) SaveRefreshToken(ctx context.Context, id int64, token string, expires time.Time) error {
	_, err := r.db.ExecContext(ctx,
		"INSERT INTO sessions (employee_id, refresh_token, expires_at) VALUES ($1, $2, $3)",
		id, token, expires)
	return err
}
