// xorm and go-pg take SQL text in their own call shapes; pongo2 compiles template text
package orders

import (
	"context"
	"net/http"

	"github.com/flosch/pongo2/v6"
	"github.com/go-pg/pg/v10"
	"xorm.io/xorm"
)

type Store struct {
	engine *xorm.Engine
	db     *pg.DB
}

func (s *Store) List(w http.ResponseWriter, r *http.Request) {
	sort := r.URL.Query().Get("sort")
	code := r.URL.Query().Get("code")
	var rows []struct{ ID int64 }
	// ruleid: trace.go.sql-injection.tainted-query
	_ = s.engine.Table("work_orders").OrderBy(sort).Find(&rows)
	// ruleid: trace.go.sql-injection.tainted-query
	_, _ = s.engine.QueryString("SELECT * FROM work_orders WHERE tram_code = '" + code + "'")
	// ok: trace.go.sql-injection.tainted-query
	_, _ = s.engine.QueryString("SELECT * FROM work_orders WHERE tram_code = ?", code)
	// ruleid: trace.go.sql-injection.tainted-query
	_, _ = s.db.QueryContext(context.Background(), &rows, "SELECT * FROM parts WHERE ref LIKE '%"+code+"%'")
	// ok: trace.go.sql-injection.tainted-query
	_, _ = s.db.QueryContext(context.Background(), &rows, "SELECT * FROM parts WHERE ref = ?", code)
}

func (s *Store) Preview(w http.ResponseWriter, r *http.Request) {
	body := r.FormValue("template")
	// ruleid: trace.go.template-injection.tainted-template
	tpl, err := pongo2.FromString(body)
	if err != nil {
		return
	}
	// ok: trace.go.template-injection.tainted-template
	fixed := pongo2.Must(pongo2.FromFile("templates/notice.html"))
	_ = fixed
	out, _ := tpl.Execute(pongo2.Context{"name": r.FormValue("name")})
	_ = out
}
