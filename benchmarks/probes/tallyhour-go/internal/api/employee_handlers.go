package api

import (
	"html"
	"net/http"
	"regexp"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/tallyhour/tallyhour/internal/util"
)

var (
	badgePattern = regexp.MustCompile(`^[0-9]{6}$`)
	pinPattern   = regexp.MustCompile(`^[0-9]{4,8}$`)
)

func (h *Handlers) SearchEmployees(c *gin.Context) {
	term := strings.TrimSpace(c.Query("q"))
	limit, err := strconv.Atoi(c.DefaultQuery("limit", "25"))
	if term == "" || err != nil || limit < 1 || limit > 100 {
		badRequest(c, "q is required and limit must be 1-100")
		return
	}
	emps, err := h.Employees.SearchByName(c.Request.Context(), term, limit)
	respond(c, http.StatusOK, emps, err)
}

func (h *Handlers) DirectoryLookup(c *gin.Context) {
	person, err := h.Directory.FindByUsername(c.Query("username"))
	respond(c, http.StatusOK, person, err)
}

func (h *Handlers) DirectoryLookupByEmail(c *gin.Context) {
	person, err := h.Directory.FindByEmail(c.Query("email"))
	respond(c, http.StatusOK, person, err)
}

func (h *Handlers) BadgeLookup(c *gin.Context) {
	badge := c.Param("badge")
	if !badgePattern.MatchString(badge) {
		badRequest(c, "badge numbers are six digits")
		return
	}
	entry, err := h.Roster.FindByBadge(badge)
	respond(c, http.StatusOK, entry, err)
}

func (h *Handlers) RosterBySite(c *gin.Context) {
	entries, err := h.Roster.FindBySite(c.Param("site"))
	respond(c, http.StatusOK, gin.H{"site": c.Param("site"), "employees": entries}, err)
}

func (h *Handlers) KioskWelcome(c *gin.Context) {
	name := c.DefaultQuery("name", "colleague")
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte(`<div class="kiosk-greeting">Welcome back, `+name+`!</div>`)) // VULN xss
}

func (h *Handlers) KioskClockOut(c *gin.Context) {
	ctx := c.Request.Context()
	emp, err := h.Employees.GetByBadge(ctx, c.PostForm("badge"))
	if err != nil || !h.Auth.VerifyKioskPIN(emp, c.PostForm("pin")) {
		c.Data(http.StatusUnauthorized, "text/html; charset=utf-8", []byte(`<div class="kiosk-error">Badge or PIN not recognised</div>`))
		return
	}
	hours, _ := strconv.ParseFloat(c.PostForm("hours"), 64)
	if err := h.Timesheets.RecordClockOut(ctx, emp, c.GetString("kiosk_site"), hours); err != nil {
		respond(c, 0, nil, err)
		return
	}
	name := c.DefaultPostForm("display_name", emp.FullName)
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte(`<div class="kiosk-greeting">Shift ended for `+html.EscapeString(name)+`. See you next time!</div>`)) // SAFE xss
}

func (h *Handlers) MyTeam(c *gin.Context) {
	team, err := h.Employees.ListForManager(c.Request.Context(), currentEmployee(c))
	respond(c, http.StatusOK, team, err)
}

func (h *Handlers) UpdatePreferences(c *gin.Context) {
	clause, ok := util.ManagerListSorts[c.PostForm("list_sort")]
	if !ok {
		badRequest(c, "unknown list_sort")
		return
	}
	err := h.Employees.UpdateSortPref(c.Request.Context(), currentEmployee(c), clause)
	respond(c, http.StatusNoContent, nil, err)
}

func (h *Handlers) SetKioskPIN(c *gin.Context) {
	pin := c.PostForm("pin")
	if !pinPattern.MatchString(pin) {
		badRequest(c, "PIN must be 4 to 8 digits")
		return
	}
	err := h.Auth.SetKioskPIN(c.Request.Context(), currentEmployee(c), pin)
	respond(c, http.StatusNoContent, nil, err)
}

func (h *Handlers) EnrollKiosk(c *gin.Context) {
	deviceID, site := c.PostForm("device_id"), c.PostForm("site")
	if !hasRole(c, "admin") || deviceID == "" || site == "" {
		badRequest(c, "admin role, device_id and site are required")
		return
	}
	tok, err := h.Auth.IssueKioskToken(deviceID, site)
	respond(c, http.StatusCreated, gin.H{"kiosk_token": tok}, err)
}

func (h *Handlers) PartnerHeadcount(c *gin.Context) {
	counts, err := h.Employees.HeadcountByDepartment(c.Request.Context())
	respond(c, http.StatusOK, gin.H{"partner": c.GetString("partner"), "headcount": counts}, err)
}
