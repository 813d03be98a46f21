package main

import (
	"database/sql"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"

	"github.com/labstack/echo/v4"
)

var fleet *sql.DB

// echo: the raw query string, the path values, cookies and uploads
func vehicleSearch(c echo.Context) error {
	// ruleid: trace.go.sql-injection.tainted-query
	_, err := fleet.Query("SELECT * FROM vehicles WHERE " + c.QueryString())
	if err != nil {
		return err
	}
	// ruleid: trace.go.sql-injection.tainted-query
	_, err = fleet.Query("SELECT * FROM vehicles WHERE plate = '" + c.ParamValues()[0] + "'")
	if err != nil {
		return err
	}
	year, err := strconv.Atoi(c.ParamValues()[1])
	if err != nil {
		return err
	}
	// ok: trace.go.sql-injection.tainted-query
	_, err = fleet.Query(fmt.Sprintf("SELECT * FROM vehicles WHERE year = %d", year))
	return err
}

func vehicleReturn(c echo.Context) error {
	for _, ck := range c.Cookies() {
		if ck.Name == "return_to" {
			// ruleid: trace.go.open-redirect.tainted-redirect
			return c.Redirect(http.StatusFound, ck.Value)
		}
	}
	// ok: trace.go.open-redirect.tainted-redirect
	return c.Redirect(http.StatusFound, "/vehicles/"+c.Param("plate"))
}

func vehiclePhoto(c echo.Context) error {
	fh, err := c.FormFile("photo")
	if err != nil {
		return err
	}
	// ruleid: trace.go.path-traversal.tainted-file-path
	if _, err := os.Create("/srv/photos/" + fh.Filename); err != nil {
		return err
	}
	// ok: trace.go.path-traversal.tainted-file-path
	if _, err := os.Create(filepath.Join("/srv/photos", filepath.Base(fh.Filename))); err != nil {
		return err
	}
	// ruleid: trace.go.path-traversal.tainted-file-path
	return c.Inline("/srv/photos/"+c.QueryParam("name"), "photo.jpg")
}

// a pointer bound as echo's guide writes it; the request behind c.Request() held in a variable
type vehicleForm struct {
	Notes string `json:"notes" form:"notes"`
}

func vehicleNotes(c echo.Context) error {
	v := new(vehicleForm)
	if err := c.Bind(v); err != nil {
		return err
	}
	// ruleid: trace.go.sql-injection.tainted-query
	if _, err := fleet.Exec("UPDATE vehicles SET notes = '" + v.Notes + "'"); err != nil {
		return err
	}
	r := c.Request()
	// ruleid: trace.go.sql-injection.tainted-query
	if _, err := fleet.Exec("UPDATE vehicles SET owner = '" + r.FormValue("owner") + "'"); err != nil {
		return err
	}
	// ok: trace.go.sql-injection.tainted-query
	_, err := fleet.ExecContext(r.Context(), "UPDATE vehicles SET owner = $1", r.FormValue("owner"))
	return err
}

// HTML out: a Blob typed as HTML, String after an HTML type, the raw response writer
func vehicleCard(c echo.Context) error {
	name := c.QueryParam("name")
	switch c.QueryParam("as") {
	case "blob":
		// ruleid: trace.go.xss.tainted-response
		return c.Blob(http.StatusOK, echo.MIMETextHTMLCharsetUTF8, []byte("<b>"+name+"</b>"))
	case "json":
		// ok: trace.go.xss.tainted-response
		return c.Blob(http.StatusOK, echo.MIMEApplicationJSON, []byte(`{"name":"`+name+`"}`))
	case "raw":
		// ruleid: trace.go.xss.tainted-response
		_, err := fmt.Fprintf(c.Response(), "<b>%s</b>", name)
		return err
	}
	// ok: trace.go.xss.tainted-response
	return c.String(http.StatusOK, "<b>"+name+"</b>")
}

func vehicleCardHTML(c echo.Context) error {
	c.Response().Header().Set(echo.HeaderContentType, echo.MIMETextHTMLCharsetUTF8)
	// ruleid: trace.go.xss.tainted-response
	return c.String(http.StatusOK, "<b>"+c.QueryParam("name")+"</b>")
}

func vehicleCardText(c echo.Context) error {
	c.Response().Header().Set(echo.HeaderContentType, echo.MIMETextPlainCharsetUTF8)
	// ok: trace.go.xss.tainted-response
	_, err := c.Response().Write([]byte(c.QueryParam("name")))
	return err
}

// a Location header set by hand
func vehicleMoved(c echo.Context) error {
	// ruleid: trace.go.open-redirect.tainted-redirect
	c.Response().Header().Set(echo.HeaderLocation, c.QueryParam("to"))
	return c.NoContent(http.StatusMovedPermanently)
}
