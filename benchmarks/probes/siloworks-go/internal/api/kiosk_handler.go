package api

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
	"go.mongodb.org/mongo-driver/bson"

	"github.com/siloworks/elevator/internal/security"
)

var errMissingFile = errors.New("file is required")

// redeemPass is called by the outbound gate kiosk when a driver types the
// ticket number and PIN printed on the pass.
func (s *Server) redeemPass(c *gin.Context) {
	body, err := io.ReadAll(io.LimitReader(c.Request.Body, 4096))
	if err != nil {
		fail(c, http.StatusBadRequest, err)
		return
	}
	var presented bson.M
	if err := json.Unmarshal(body, &presented); err != nil {
		fail(c, http.StatusBadRequest, err)
		return
	}
	p, err := s.Tickets.RedeemPass(c.Request.Context(), presented)
	if err != nil {
		c.JSON(http.StatusForbidden, gin.H{"open": false})
		return
	}
	c.JSON(http.StatusOK, gin.H{"open": true, "ticketNo": p.TicketNo, "driver": p.Driver, "scale": kioskOf(c).ScaleID})
}

type verifyPassRequest struct {
	TicketNo string `json:"ticketNo" binding:"required"`
	PIN      string `json:"pin" binding:"required,len=6,numeric"`
}

func (s *Server) verifyPass(c *gin.Context) {
	var req verifyPassRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		fail(c, http.StatusBadRequest, err)
		return
	}
	p, err := s.Tickets.VerifyPass(c.Request.Context(), req.TicketNo, req.PIN)
	if err != nil {
		c.JSON(http.StatusForbidden, gin.H{"valid": false})
		return
	}
	c.JSON(http.StatusOK, gin.H{"valid": true, "pass": p})
}

// overrideGate lets a supervisor at the kiosk release a truck whose driver
// lost the gate pass.
func (s *Server) overrideGate(c *gin.Context) {
	k := kioskOf(c)
	if k.Role != "supervisor" {
		c.JSON(http.StatusForbidden, gin.H{"error": "supervisor required"})
		return
	}
	t, err := s.Tickets.OverrideExit(c.Request.Context(), c.Param("ticketNo"), k.OperatorID)
	if err != nil {
		fail(c, http.StatusNotFound, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"open": true, "ticketNo": t.TicketNo, "netKg": t.NetKg()})
}

type enrollRequest struct {
	ScaleID string `json:"scaleId" binding:"required"`
	Printer string `json:"printer"`
}

// enrollKiosk is called once by a supervisor to bind a kiosk to a scale.
func (s *Server) enrollKiosk(c *gin.Context) {
	var req enrollRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		fail(c, http.StatusBadRequest, err)
		return
	}
	st := staffOf(c)
	val, err := security.EncodeKiosk(security.KioskState{ScaleID: req.ScaleID, OperatorID: st.Subject, Role: st.Role, Printer: req.Printer})
	if err != nil {
		fail(c, http.StatusInternalServerError, err)
		return
	}
	c.SetSameSite(http.SameSiteStrictMode)
	c.SetCookie(kioskCookie, val, 30*24*3600, "/kiosk", "", true, true)
	c.Status(http.StatusNoContent)
}
