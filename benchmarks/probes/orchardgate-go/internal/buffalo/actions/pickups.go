package actions

import (
	"net/http"
	"strconv"

	"github.com/gobuffalo/buffalo"

	"github.com/orchardgate/orchardgate/internal/dto"
	"github.com/orchardgate/orchardgate/internal/models"
	"github.com/orchardgate/orchardgate/internal/webutil"
)

// PickupsCreate books a pickup from the portal form and returns to the page
// the grower came from.
func PickupsCreate(c buffalo.Context) error {
	var req dto.PickupRequest
	if err := c.Bind(&req); err != nil {
		return c.Error(http.StatusBadRequest, err)
	}
	gid, ok := c.Session().Get("grower_id").(uint)
	if !ok {
		return c.Error(http.StatusUnauthorized, errNotSignedIn)
	}
	req.GrowerID = gid
	p, err := svc.Pickups.Request(c.Request().Context(), req)
	if err != nil {
		return c.Render(http.StatusUnprocessableEntity, r.JSON(map[string]string{"error": err.Error()}))
	}
	c.Flash().Add("success", "Pickup booked – gate code "+p.ConfirmCode)
	if req.ReturnTo != "" {
		return c.Redirect(http.StatusSeeOther, webutil.ResolveDestination(req.ReturnTo)) // VULN redirect
	}
	return c.Redirect(http.StatusSeeOther, "/portal/pickups")
}

// PickupsCancel cancels a pickup and returns to a named portal page.
func PickupsCancel(c buffalo.Context) error {
	id, err := strconv.ParseUint(c.Param("id"), 10, 32)
	if err != nil {
		return c.Error(http.StatusBadRequest, err)
	}
	p, err := svc.Pickups.Get(c.Request().Context(), uint(id))
	if err != nil || p.Status == models.PickupCollected {
		return c.Error(http.StatusConflict, errNotCancellable)
	}
	if err := svc.Pickups.Cancel(c.Request().Context(), p.ID); err != nil {
		return err
	}
	dest, ok := webutil.NamedDestination(c.Param("back"))
	if !ok {
		dest = "/portal/pickups"
	}
	return c.Redirect(http.StatusSeeOther, dest) // SAFE redirect
}

type actionError string

func (e actionError) Error() string { return string(e) }

const (
	errNotSignedIn    actionError = "sign in required"
	errNotCancellable actionError = "pickup can no longer be cancelled"
)
