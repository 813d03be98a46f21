package main

import (
	"database/sql"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"

	"github.com/valyala/fasthttp"
)

var meters *sql.DB

// fasthttp: a RequestHandler's context reads
func meterReadings(ctx *fasthttp.RequestCtx) {
	// ruleid: trace.go.sql-injection.tainted-query
	meters.Query("SELECT * FROM readings WHERE meter = '" + string(ctx.QueryArgs().Peek("meter")) + "'")
	args := ctx.PostArgs()
	// ruleid: trace.go.command-injection.tainted-command
	exec.Command("sh", "-c", "meter-export "+string(args.Peek("format"))).Run()
	// ruleid: trace.go.path-traversal.tainted-file-path
	os.ReadFile("/srv/meters/" + ctx.UserValue("serial").(string))
	// ruleid: trace.go.sql-injection.tainted-query
	meters.Exec("INSERT INTO notes (body) VALUES ('" + string(ctx.PostBody()) + "')")
	// numbers and flags read from the args
	limit := ctx.QueryArgs().GetUintOrZero("limit")
	// ok: trace.go.sql-injection.tainted-query
	meters.Query("SELECT * FROM readings LIMIT " + strconv.Itoa(limit))
}

func meterUpload(ctx *fasthttp.RequestCtx) {
	fh, err := ctx.FormFile("dump")
	if err != nil {
		return
	}
	// ruleid: trace.go.path-traversal.tainted-file-path
	fasthttp.SaveMultipartFile(fh, "/srv/dumps/"+fh.Filename)
	// ok: trace.go.path-traversal.tainted-file-path
	fasthttp.SaveMultipartFile(fh, filepath.Join("/srv/dumps", filepath.Base(fh.Filename)))
	// ruleid: trace.go.path-traversal.tainted-file-path
	ctx.SendFile("/srv/dumps/" + string(ctx.QueryArgs().Peek("name")))
}

func meterBack(ctx *fasthttp.RequestCtx) {
	next := string(ctx.QueryArgs().Peek("next"))
	if next == "" {
		// ok: trace.go.open-redirect.tainted-redirect
		ctx.Redirect("/meters", fasthttp.StatusFound)
		return
	}
	// ruleid: trace.go.open-redirect.tainted-redirect
	ctx.Redirect(next, fasthttp.StatusFound)
}

// fasthttp sends text/plain until the response is typed as HTML
func meterLabel(ctx *fasthttp.RequestCtx) {
	label := string(ctx.QueryArgs().Peek("label"))
	if ctx.QueryArgs().GetBool("plain") {
		// ok: trace.go.xss.tainted-response
		ctx.SetBodyString("<b>" + label + "</b>")
		return
	}
	ctx.SetContentType("text/html; charset=utf-8")
	// ruleid: trace.go.xss.tainted-response
	fmt.Fprintf(ctx, "<b>%s</b>", label)
	// ok: trace.go.xss.tainted-response
	fmt.Fprintf(ctx, "<b>%s</b>", html.EscapeString(label))
}

// a RequestCtx of a test fixture, not a handler
func fixtureLabel(label string) {
	var ctx fasthttp.RequestCtx
	ctx.QueryArgs().Set("label", label)
	// ok: trace.go.sql-injection.tainted-query
	meters.Query("SELECT * FROM readings WHERE label = '" + string(ctx.QueryArgs().Peek("label")) + "'")
}
