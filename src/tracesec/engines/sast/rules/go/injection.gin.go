package main

import (
	"database/sql"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"

	"github.com/gin-gonic/gin"
	"github.com/gin-gonic/gin/binding"
)

var ledger *sql.DB

// gin's Get* accessors return the value and whether it was sent
func ledgerSearch(c *gin.Context) {
	memo, ok := c.GetQuery("memo")
	if !ok {
		return
	}
	// ruleid: trace.go.sql-injection.tainted-query
	ledger.Query("SELECT * FROM entries WHERE memo LIKE '%" + memo + "%'")
	tags, _ := c.GetPostFormArray("tag")
	// ruleid: trace.go.sql-injection.tainted-query
	ledger.Query("SELECT * FROM entries WHERE tag = '" + tags[0] + "'")
	// ruleid: trace.go.sql-injection.tainted-query
	ledger.Query("SELECT * FROM entries WHERE owner = '" + c.PostFormMap("owner")["name"] + "'")
	page, _ := c.GetQuery("page")
	n, err := strconv.Atoi(page)
	if err != nil {
		return
	}
	// ok: trace.go.sql-injection.tainted-query
	ledger.Query(fmt.Sprintf("SELECT * FROM entries LIMIT 50 OFFSET %d", n*50))
}

// the path parameters as a list, and the request behind the context
var exportFormats = map[string]string{"csv": "ledger-csv", "ofx": "ledger-ofx"}

func ledgerExport(c *gin.Context) {
	// ruleid: trace.go.command-injection.tainted-command
	exec.Command("sh", "-c", "ledger-export --format "+c.Params.ByName("format")).Run()
	tool, ok := exportFormats[c.Params.ByName("format")]
	if !ok {
		return
	}
	// ok: trace.go.command-injection.tainted-command
	exec.Command(tool, "--all").Run()
	// ruleid: trace.go.path-traversal.tainted-file-path
	os.ReadFile("/srv/exports/" + c.Request.FormValue("file"))
	// ruleid: trace.go.path-traversal.tainted-file-path
	os.ReadFile("/srv/exports" + c.Request.URL.Path)
	// ok: trace.go.sql-injection.tainted-query
	ledger.QueryContext(c.Request.Context(), "SELECT * FROM entries WHERE account = $1", c.Param("account"))
}

// an upload's client file name; a form bound with a pointer or through ShouldBindWith
func receiptUpload(c *gin.Context) {
	file, err := c.FormFile("receipt")
	if err != nil {
		return
	}
	// ruleid: trace.go.path-traversal.tainted-file-path
	c.SaveUploadedFile(file, "/srv/receipts/"+file.Filename)
	// ok: trace.go.path-traversal.tainted-file-path
	c.SaveUploadedFile(file, filepath.Join("/srv/receipts", filepath.Base(file.Filename)))
	form, _ := c.MultipartForm()
	for _, extra := range form.File["extra"] {
		// ruleid: trace.go.path-traversal.tainted-file-path
		c.SaveUploadedFile(extra, "/srv/receipts/"+extra.Filename)
	}
}

type entryForm struct {
	Memo string `form:"memo" json:"memo"`
}

func entryCreate(c *gin.Context) {
	f := new(entryForm)
	if err := c.ShouldBind(f); err != nil {
		return
	}
	// ruleid: trace.go.sql-injection.tainted-query
	ledger.Exec("INSERT INTO entries (memo) VALUES ('" + f.Memo + "')")
	var g entryForm
	if err := c.ShouldBindWith(&g, binding.Form); err != nil {
		return
	}
	// ruleid: trace.go.sql-injection.tainted-query
	ledger.Exec("INSERT INTO entries (memo) VALUES ('" + g.Memo + "')")
	var fixed entryForm
	// ok: trace.go.sql-injection.tainted-query
	ledger.Exec("INSERT INTO entries (memo) VALUES ('" + fixed.Memo + "')")
}

// a Location header set by hand; the writer handed to fmt
func ledgerBack(c *gin.Context) {
	// ruleid: trace.go.open-redirect.tainted-redirect
	c.Header("Location", c.Query("back"))
	// ok: trace.go.open-redirect.tainted-redirect
	c.Header("X-Back", c.Query("back"))
	c.Status(http.StatusFound)
}

func ledgerTitle(c *gin.Context) {
	// ruleid: trace.go.xss.tainted-response
	fmt.Fprintf(c.Writer, "<h1>%s</h1>", c.Query("title"))
	// ok: trace.go.xss.tainted-response
	fmt.Fprintf(c.Writer, "<p>%d entries</p>", len(c.QueryArray("id")))
}
