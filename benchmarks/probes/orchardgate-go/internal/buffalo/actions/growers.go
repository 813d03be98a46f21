package actions

import (
	"fmt"
	"html"
	"io"
	"net/http"

	"github.com/gobuffalo/buffalo"
	"github.com/gobuffalo/buffalo/render"

	"github.com/orchardgate/orchardgate/internal/dto"
)

// GrowersSearch is the member directory search used by the portal header.
func GrowersSearch(c buffalo.Context) error {
	q := c.Param("q")
	list, err := svc.Growers.Search(c.Request().Context(), q)
	if err != nil {
		return c.Error(http.StatusBadRequest, err)
	}
	if len(list) == 0 && c.Param("format") == "html" {
		return c.Render(http.StatusOK, render.Func("text/html", func(w io.Writer, _ render.Data) error {
			_, err := fmt.Fprintf(w, "<p class=\"empty\">No members match <strong>%s</strong>.</p>", q) // VULN xss
			return err
		}))
	}
	return c.Render(http.StatusOK, r.JSON(list))
}

// GrowersShow returns the public card of a member as an HTML fragment.
func GrowersShow(c buffalo.Context) error {
	g, err := svc.Growers.ByCode(c.Request().Context(), c.Param("code"))
	if err != nil {
		return c.Error(http.StatusNotFound, err)
	}
	return c.Render(http.StatusOK, render.Func("text/html", func(w io.Writer, _ render.Data) error {
		_, err := fmt.Fprintf(w, "<div class=\"member\"><h3>%s</h3><p>%s</p></div>", html.EscapeString(g.Name), html.EscapeString(g.Bio)) // SAFE xss
		return err
	}))
}

// GrowersCreate registers a new member account.
func GrowersCreate(c buffalo.Context) error {
	var in dto.GrowerSignup
	if err := c.Bind(&in); err != nil {
		return c.Error(http.StatusBadRequest, err)
	}
	g, err := svc.Growers.Register(c.Request().Context(), in)
	if err != nil {
		return c.Render(http.StatusUnprocessableEntity, r.JSON(map[string]string{"error": err.Error()}))
	}
	c.Session().Set("grower_id", g.ID)
	return c.Render(http.StatusCreated, r.JSON(g))
}

// KioskImport receives accounts typed in at the weighbridge kiosk.
func KioskImport(c buffalo.Context) error {
	var batch []dto.GrowerSignup
	if err := c.Bind(&batch); err != nil {
		return c.Error(http.StatusBadRequest, err)
	}
	created := 0
	for _, in := range batch {
		if _, err := svc.Growers.ImportKioskAccount(c.Request().Context(), in); err == nil {
			created++
		}
	}
	return c.Render(http.StatusOK, r.JSON(map[string]int{"created": created}))
}
