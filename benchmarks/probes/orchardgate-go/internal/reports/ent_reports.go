package reports

import (
	"context"
	"fmt"
	"strconv"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
)

// SeasonRow is one line of the end-of-season settlement report.
type SeasonRow struct {
	GrowerCode string
	Variety    string
	Loads      int
	NetKg      float64
	AvgBrix    float64
}

// EntReports runs the settlement reports through the ent SQL driver.
type EntReports struct {
	drv *entsql.Driver
}

func NewEntReports(drv *entsql.Driver) *EntReports {
	return &EntReports{drv: drv}
}

// VarietyBreakdown builds its query with the ent SQL builder.
func (r *EntReports) VarietyBreakdown(ctx context.Context, season int, variety string) ([]SeasonRow, error) {
	d := entsql.Table("deliveries").As("d")
	g := entsql.Table("growers").As("g")
	sel := entsql.Dialect(dialect.Postgres).
		Select(g.C("code"), d.C("variety"), entsql.Count("*"), entsql.Sum(d.C("net_kg")), entsql.Avg(d.C("brix"))).
		From(d).
		Join(g).On(d.C("grower_id"), g.C("id")).
		Where(entsql.And(entsql.EQ(d.C("season"), season), entsql.EQ(d.C("variety"), variety))).
		GroupBy(g.C("code"), d.C("variety"))
	query, args := sel.Query()
	var rows entsql.Rows
	if err := r.drv.Query(ctx, query, args, &rows); err != nil { // SAFE sqli
		return nil, err
	}
	return collect(&rows)
}

// SettlementBySeason is the legacy settlement export; the season label may be a
// single year or a range such as "2023-2024" selected in the admin UI.
func (r *EntReports) SettlementBySeason(ctx context.Context, seasonLabel string) ([]SeasonRow, error) {
	query := fmt.Sprintf(`SELECT g.code, d.variety, COUNT(*), SUM(d.net_kg), AVG(d.brix)
FROM deliveries d JOIN growers g ON g.id = d.grower_id
WHERE d.season_label = '%s'
GROUP BY g.code, d.variety ORDER BY g.code`, seasonLabel)
	var rows entsql.Rows
	if err := r.drv.Query(ctx, query, []any{}, &rows); err != nil { // VULN sqli
		return nil, err
	}
	return collect(&rows)
}

// TopGrowers lists the heaviest suppliers; limit is parsed to an integer first.
func (r *EntReports) TopGrowers(ctx context.Context, season int, limitParam string) ([]SeasonRow, error) {
	limit, err := strconv.Atoi(limitParam)
	if err != nil || limit <= 0 || limit > 500 {
		limit = 25
	}
	query := fmt.Sprintf("SELECT g.code, '', COUNT(*), SUM(d.net_kg), AVG(d.brix) FROM deliveries d JOIN growers g ON g.id = d.grower_id WHERE d.season = $1 GROUP BY g.code ORDER BY 4 DESC LIMIT %d", limit)
	var rows entsql.Rows
	if err := r.drv.Query(ctx, query, []any{season}, &rows); err != nil { // SAFE sqli
		return nil, err
	}
	return collect(&rows)
}

func collect(rows *entsql.Rows) ([]SeasonRow, error) {
	defer rows.Close()
	var out []SeasonRow
	for rows.Next() {
		var s SeasonRow
		if err := rows.Scan(&s.GrowerCode, &s.Variety, &s.Loads, &s.NetKg, &s.AvgBrix); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}
