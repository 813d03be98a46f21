package db

import (
	"database/sql"
	"fmt"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/lib/pq"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/orchardgate/orchardgate/internal/models"
)

// Handles bundles the three database access paths used by Orchardgate: GORM for
// the transactional API, database/sql for hand-tuned listings and the ent SQL
// driver for the season reports.
type Handles struct {
	Gorm *gorm.DB
	SQL  *sql.DB
	Ent  *entsql.Driver
}

// Open connects all handles against the same Postgres database.
func Open(dsn string) (*Handles, error) {
	gdb, err := gorm.Open(postgres.Open(dsn), &gorm.Config{Logger: logger.Default.LogMode(logger.Warn)})
	if err != nil {
		return nil, fmt.Errorf("gorm open: %w", err)
	}
	raw, err := gdb.DB()
	if err != nil {
		return nil, fmt.Errorf("gorm sql handle: %w", err)
	}
	raw.SetMaxOpenConns(20)
	drv := entsql.OpenDB(dialect.Postgres, raw)
	return &Handles{Gorm: gdb, SQL: raw, Ent: drv}, nil
}

// Migrate creates or updates the tables owned by the GORM models.
func (h *Handles) Migrate() error {
	return h.Gorm.AutoMigrate(&models.Grower{}, &models.Delivery{}, &models.Pickup{}, &models.GradingProfile{})
}
