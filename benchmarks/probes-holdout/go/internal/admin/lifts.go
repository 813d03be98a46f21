package admin

import (
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/chairlift-resort/chairlift/internal/dto"
	"github.com/chairlift-resort/chairlift/internal/store"
	"github.com/chairlift-resort/chairlift/internal/validate"
)

func paramID(c *gin.Context) (int64, bool) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil || id <= 0 {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid lift id"})
		return 0, false
	}
	return id, true
}

// listLogs returns a lift's maintenance book, optionally since a date.
func (a *API) listLogs(c *gin.Context) {
	liftID := c.Param("id")
	if _, err := strconv.Atoi(liftID); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid lift id"})
		return
	}
	since := c.Query("since")
	logs, err := a.maintenance.History(c.Request.Context(), liftID, since)
	if err != nil {
		a.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"lift_id": liftID, "since": since, "entries": logs})
}

func (a *API) addLog(c *gin.Context) {
	id, ok := paramID(c)
	if !ok {
		return
	}
	var req dto.MaintenanceLogRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	entry, err := a.maintenance.AddLog(c.Request.Context(), id, req)
	if err != nil {
		c.JSON(http.StatusUnprocessableEntity, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusCreated, entry)
}

// setController records the address of the lift's PLC gateway.
func (a *API) setController(c *gin.Context) {
	id, ok := paramID(c)
	if !ok {
		return
	}
	var req dto.ControllerUpdate
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "address required"})
		return
	}
	if err := a.maintenance.SetController(c.Request.Context(), id, req.Address); err != nil {
		a.fail(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}

func (a *API) snmpStatus(c *gin.Context) {
	id, ok := paramID(c)
	if !ok {
		return
	}
	out, err := a.diagnostics.SNMPStatus(c.Request.Context(), id)
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusOK, gin.H{"drive_status": out})
}

type pingRequest struct {
	Host string `json:"host" binding:"required"`
}

func (a *API) ping(c *gin.Context) {
	var req pingRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "host required"})
		return
	}
	out, err := a.diagnostics.Ping(c.Request.Context(), req.Host)
	c.JSON(http.StatusOK, gin.H{"reachable": err == nil, "output": out})
}

func (a *API) telemetry(c *gin.Context) {
	id, ok := paramID(c)
	if !ok {
		return
	}
	t, err := a.diagnostics.Telemetry(c.Request.Context(), id)
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": "controller unreachable"})
		return
	}
	c.JSON(http.StatusOK, t)
}

func (a *API) fail(c *gin.Context, err error) {
	if errors.Is(err, store.ErrNotFound) {
		c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
		return
	}
	a.logger.Error("admin handler", "path", c.FullPath(), "err", err)
	c.JSON(http.StatusInternalServerError, gin.H{"error": "internal error"})
}

type dailyCheckRequest struct {
	Operator string   `json:"operator" binding:"required"`
	Passed   bool     `json:"passed"`
	Notes    string   `json:"notes"`
	Photos   []string `json:"photos"`
}

// stationDailyCheck records the morning rope and brake check from a station tablet.
func (a *API) stationDailyCheck(c *gin.Context) {
	id, ok := paramID(c)
	if !ok {
		return
	}
	var req dailyCheckRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	severity := 0
	if !req.Passed {
		severity = 4
	}
	entry, err := a.maintenance.AddLog(c.Request.Context(), id, dto.MaintenanceLogRequest{
		Inspector: req.Operator + "@" + currentClaims(c).Station,
		Category:  "daily_check",
		Notes:     req.Notes,
		Severity:  severity,
		Files:     req.Photos,
	})
	if err != nil {
		a.fail(c, err)
		return
	}
	c.JSON(http.StatusCreated, entry)
}

// kioskPassLookup shows pass details at the ticket window kiosk.
func (a *API) kioskPassLookup(c *gin.Context) {
	code := strings.ToUpper(c.Param("code"))
	if !validate.PassCode(code) {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid pass code"})
		return
	}
	pass, err := a.stores.Passes.FindByCode(c.Request.Context(), code)
	if err != nil {
		a.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, pass)
}
