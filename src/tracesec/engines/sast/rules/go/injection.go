package main

import (
	"database/sql"
	"fmt"
	"html"
	"html/template"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"

	"github.com/gin-gonic/gin"
)

var db *sql.DB

var allowedNext = map[string]bool{"/home": true}

func userHandler(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	// ruleid: trace.go.sql-injection.tainted-query
	rows, _ := db.Query("SELECT * FROM users WHERE id = " + id)
	defer rows.Close()
	// ruleid: trace.go.sql-injection.tainted-query
	db.Exec(fmt.Sprintf("DELETE FROM sessions WHERE user = '%s'", r.FormValue("user")))
	// ok: trace.go.sql-injection.tainted-query
	db.Query("SELECT * FROM users WHERE id = $1", id)
	n, _ := strconv.Atoi(id)
	// ok: trace.go.sql-injection.tainted-query
	db.Query(fmt.Sprintf("SELECT * FROM users LIMIT %d", n))

	cmd := r.FormValue("cmd")
	// ruleid: trace.go.command-injection.tainted-command
	exec.Command("sh", "-c", cmd).Run()
	// ruleid: trace.go.command-injection.tainted-command
	exec.Command(r.URL.Query().Get("tool")).Run()
	// ok: trace.go.command-injection.tainted-command
	exec.Command("ping", "-c", "1", "localhost").Run()

	name := r.URL.Query().Get("file")
	// ruleid: trace.go.path-traversal.tainted-file-path
	data, _ := os.ReadFile(filepath.Join("/srv/files", name))
	// ok: trace.go.path-traversal.tainted-file-path
	data2, _ := os.ReadFile(filepath.Join("/srv/files", filepath.Base(name)))

	// ruleid: trace.go.ssrf.tainted-url
	resp, _ := http.Get(r.URL.Query().Get("url"))
	// ok: trace.go.ssrf.tainted-url
	resp2, _ := http.Get("https://api.example.com/items/" + id)
	// ok: trace.go.ssrf.tainted-url
	resp3, _ := http.Get(fmt.Sprintf("https://api.example.com/users/%s", id))
	defer resp.Body.Close()
	defer resp2.Body.Close()
	defer resp3.Body.Close()

	// ruleid: trace.go.xss.tainted-response
	fmt.Fprintf(w, "<h1>Hello %s</h1>", r.FormValue("name"))
	// ok: trace.go.xss.tainted-response
	fmt.Fprintf(w, "<h1>Hello %s</h1>", html.EscapeString(r.FormValue("name")))
	// ok: trace.go.xss.tainted-response
	w.Write(data)
	w.Write(data2)

	next := r.URL.Query().Get("next")
	if allowedNext[next] {
		// ok: trace.go.open-redirect.tainted-redirect
		http.Redirect(w, r, next, http.StatusFound)
	}
	// ruleid: trace.go.open-redirect.tainted-redirect
	http.Redirect(w, r, r.FormValue("return_to"), http.StatusFound)

	// ruleid: trace.go.template-injection.tainted-template
	t, _ := template.New("page").Parse("<p>" + r.FormValue("tpl") + "</p>")
	// ok: trace.go.template-injection.tainted-template
	t2, _ := template.New("page").Parse("<p>{{.}}</p>")
	t.Execute(w, nil)
	t2.Execute(w, r.FormValue("tpl"))
}

func ginHandler(c *gin.Context) {
	// ruleid: trace.go.sql-injection.tainted-query
	db.Query("SELECT * FROM orders WHERE id = '" + c.Query("id") + "'")
	// ok: trace.go.sql-injection.tainted-query
	db.Query("SELECT * FROM orders WHERE id = ?", c.Query("id"))
}

func internal(query string) {
	// ok: trace.go.sql-injection.tainted-query
	db.Query("SELECT * FROM t WHERE " + query)
}
