package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"gorm.io/gorm"
)

const invoiceColumns = "id, customer_id, number, amount_cents, status, issued_at"

// Invoice is a single billed amount owed by a customer.
type Invoice struct {
	ID          int64     `db:"id" json:"id"`
	CustomerID  string    `db:"customer_id" json:"customer_id"`
	Number      string    `db:"number" json:"number"`
	AmountCents int64     `db:"amount_cents" json:"amount_cents"`
	Status      string    `db:"status" json:"status"`
	IssuedAt    time.Time `db:"issued_at" json:"issued_at"`
}

// Customer is the GORM model behind the customers table.
type Customer struct {
	ID            uint      `gorm:"primaryKey" json:"id"`
	Name          string    `json:"name"`
	Email         string    `gorm:"uniqueIndex" json:"email"`
	Tier          string    `json:"tier"`
	PasswordHash  string    `json:"-"`
	BankAccount   string    `json:"-"`
	CreatedAt     time.Time `json:"created_at"`
	LastLoginFrom string    `json:"-"`
}

// APIClient is a machine integration registered by a partner.
type APIClient struct {
	ClientID string   `bson:"client_id" json:"client_id"`
	Name     string   `bson:"name" json:"name"`
	Scopes   []string `bson:"scopes" json:"scopes"`
}

// Store bundles the relational and document databases used by the services.
type Store struct {
	DB    *sql.DB
	X     *sqlx.DB
	ORM   *gorm.DB
	Mongo *mongo.Database
}

func scanInvoices(rows *sql.Rows) ([]Invoice, error) {
	defer rows.Close()
	var out []Invoice
	for rows.Next() {
		var inv Invoice
		if err := rows.Scan(&inv.ID, &inv.CustomerID, &inv.Number, &inv.AmountCents, &inv.Status, &inv.IssuedAt); err != nil {
			return nil, err
		}
		out = append(out, inv)
	}
	return out, rows.Err()
}

// InvoicesForCustomer lists a customer's invoices, optionally narrowed to one status.
func (s *Store) InvoicesForCustomer(ctx context.Context, customerRef, status string) ([]Invoice, error) {
	q := "SELECT " + invoiceColumns + " FROM invoices WHERE customer_id = '" + customerRef + "'"
	if status != "" {
		q += fmt.Sprintf(" AND status = '%s'", status)
	}
	rows, err := s.DB.QueryContext(ctx, q+" ORDER BY issued_at DESC") // VULN sqli
	if err != nil {
		return nil, err
	}
	return scanInvoices(rows)
}

// InvoiceByID loads one invoice by its numeric id.
func (s *Store) InvoiceByID(ctx context.Context, id int64) (*Invoice, error) {
	var inv Invoice
	row := s.DB.QueryRowContext(ctx, "SELECT "+invoiceColumns+" FROM invoices WHERE id = $1", id) // SAFE sqli
	if err := row.Scan(&inv.ID, &inv.CustomerID, &inv.Number, &inv.AmountCents, &inv.Status, &inv.IssuedAt); err != nil {
		return nil, err
	}
	return &inv, nil
}

// RecentInvoices pages through the newest invoices across all customers.
func (s *Store) RecentInvoices(ctx context.Context, limit, offset int) ([]Invoice, error) {
	q := fmt.Sprintf("SELECT %s FROM invoices ORDER BY issued_at DESC LIMIT %d OFFSET %d", invoiceColumns, limit, offset)
	rows, err := s.DB.QueryContext(ctx, q) // SAFE sqli
	if err != nil {
		return nil, err
	}
	return scanInvoices(rows)
}

// AddInvoiceNote stores a free-text note written by a support agent.
func (s *Store) AddInvoiceNote(ctx context.Context, invoiceID int64, author, body string) error {
	_, err := s.DB.ExecContext(ctx, "INSERT INTO invoice_notes (invoice_id, author, body) VALUES ("+fmt.Sprint(invoiceID)+", '"+author+"', '"+body+"')") // VULN sqli
	return err
}

var reportSortColumns = map[string]string{
	"date":   "issued_at",
	"amount": "amount_cents",
	"number": "number",
	"status": "status",
}

// ReportRows returns invoices for the reporting grid sorted by a whitelisted column.
func (s *Store) ReportRows(ctx context.Context, sortKey string, desc bool) ([]Invoice, error) {
	col, ok := reportSortColumns[sortKey]
	if !ok {
		col = "issued_at"
	}
	dir := "ASC"
	if desc {
		dir = "DESC"
	}
	var out []Invoice
	err := s.X.SelectContext(ctx, &out, "SELECT "+invoiceColumns+" FROM invoices ORDER BY "+col+" "+dir+" LIMIT 500") // SAFE sqli
	return out, err
}

// ExportRows feeds the CSV export, which lets power users pass their own ordering.
func (s *Store) ExportRows(ctx context.Context, orderBy string) ([]Invoice, error) {
	var out []Invoice
	err := s.X.SelectContext(ctx, &out, fmt.Sprintf("SELECT %s FROM invoices ORDER BY %s", invoiceColumns, orderBy)) // VULN sqli
	return out, err
}

// CustomerByEmail finds a customer for login.
func (s *Store) CustomerByEmail(ctx context.Context, email string) (*Customer, error) {
	var c Customer
	if err := s.ORM.WithContext(ctx).Where("email = ?", email).First(&c).Error; err != nil { // SAFE sqli
		return nil, err
	}
	return &c, nil
}

// CreateCustomer inserts a newly registered customer.
func (s *Store) CreateCustomer(ctx context.Context, c *Customer) error {
	return s.ORM.WithContext(ctx).Create(c).Error
}

// SearchCustomers powers the back-office search box.
func (s *Store) SearchCustomers(ctx context.Context, term string) ([]Customer, error) {
	var out []Customer
	err := s.ORM.WithContext(ctx).Raw("SELECT * FROM customers WHERE name ILIKE '%" + term + "%' OR email ILIKE '%" + term + "%' LIMIT 50").Scan(&out).Error // VULN sqli
	return out, err
}

// CustomersByTier lists customers of a pricing tier in the order chosen in the UI.
func (s *Store) CustomersByTier(ctx context.Context, tier, order string) ([]Customer, error) {
	var out []Customer
	err := s.ORM.WithContext(ctx).Where("tier = ?", tier).Order(order).Limit(200).Find(&out).Error // VULN sqli
	return out, err
}

// UpdateCredentials replaces a customer's password hash and encrypted bank account.
func (s *Store) UpdateCredentials(ctx context.Context, id uint, passwordHash, bankAccount string) error {
	return s.ORM.WithContext(ctx).Model(&Customer{}).Where("id = ?", id).Updates(map[string]interface{}{"password_hash": passwordHash, "bank_account": bankAccount}).Error
}

// SaveResetCode records a password reset code that expires after fifteen minutes.
func (s *Store) SaveResetCode(ctx context.Context, email, code string) error {
	return s.ORM.WithContext(ctx).Exec("INSERT INTO password_resets (email, code, expires_at) VALUES (?, ?, ?)", email, code, time.Now().Add(15*time.Minute)).Error
}

// APIClientByCredentials authenticates a machine client from its id and secret.
func (s *Store) APIClientByCredentials(ctx context.Context, clientID, secret interface{}) (*APIClient, error) {
	var c APIClient
	err := s.Mongo.Collection("api_clients").FindOne(ctx, bson.M{"client_id": clientID, "secret": secret, "disabled": false}).Decode(&c) // VULN nosqli
	if err != nil {
		return nil, err
	}
	return &c, nil
}

// ContactByEmail returns the CRM contact document for an email address.
func (s *Store) ContactByEmail(ctx context.Context, email string) (bson.M, error) {
	var doc bson.M
	err := s.Mongo.Collection("contacts").FindOne(ctx, bson.M{"email": email}).Decode(&doc) // SAFE nosqli
	if err != nil {
		return nil, err
	}
	return doc, nil
}
