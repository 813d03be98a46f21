package main

import (
	"database/sql"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v5"
)

var depot *sql.DB

// echo v5: the context is a struct handed by pointer
type depotForm struct {
	Name string `json:"name"`
}

func depotRename(c *echo.Context) error {
	var f depotForm
	if err := c.Bind(&f); err != nil {
		return err
	}
	// ruleid: trace.go.sql-injection.tainted-query
	if _, err := depot.Exec("UPDATE depots SET name = '" + f.Name + "' WHERE id = " + c.Param("id")); err != nil {
		return err
	}
	// ruleid: trace.go.open-redirect.tainted-redirect
	return c.Redirect(http.StatusSeeOther, c.QueryParamOr("next", "/depots"))
}

func depotPage(c *echo.Context) error {
	page, err := echo.QueryParam[int](c, "page")
	if err != nil {
		return err
	}
	// ok: trace.go.sql-injection.tainted-query
	_, err = depot.Query("SELECT * FROM depots LIMIT 20 OFFSET " + strconv.Itoa(page*20))
	return err
}
