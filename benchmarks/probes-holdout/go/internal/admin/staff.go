package admin

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/chairlift-resort/chairlift/internal/dto"
	"github.com/chairlift-resort/chairlift/internal/ldapdir"
	"github.com/chairlift-resort/chairlift/internal/service"
)

type staffView struct {
	UID        string `json:"uid"`
	Name       string `json:"name"`
	Email      string `json:"email"`
	Department string `json:"department"`
	Title      string `json:"title"`
	Phone      string `json:"phone"`
}

func viewOf(s ldapdir.Staff) staffView {
	return staffView{UID: s.UID, Name: s.Name, Email: s.Email, Department: s.Department, Title: s.Title, Phone: s.Phone}
}

// staffByUID powers the "who signed this log entry" popover.
func (a *API) staffByUID(c *gin.Context) {
	uid := strings.TrimSpace(c.Query("uid"))
	if uid == "" {
		c.JSON(http.StatusBadRequest, gin.H{"error": "uid required"})
		return
	}
	s, err := a.directory.FindByUID(uid)
	if err != nil {
		c.JSON(http.StatusNotFound, gin.H{"error": "staff member not found"})
		return
	}
	c.JSON(http.StatusOK, viewOf(*s))
}

// staffSearch lists a department's staff for shift planning.
func (a *API) staffSearch(c *gin.Context) {
	var req dto.StaffSearchRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "department required"})
		return
	}
	list, err := a.directory.InDepartment(strings.TrimSpace(req.Department), strings.TrimSpace(req.UID))
	if err != nil {
		a.fail(c, err)
		return
	}
	out := make([]staffView, 0, len(list))
	for _, s := range list {
		out = append(out, viewOf(s))
	}
	c.JSON(http.StatusOK, out)
}

type operatorRequest struct {
	UID     string `json:"uid" binding:"required"`
	Station string `json:"station" binding:"required"`
	PIN     string `json:"pin" binding:"required,len=6,numeric"`
}

// provisionOperator stores a ticket-kiosk PIN for a lift operator.
func (a *API) provisionOperator(c *gin.Context) {
	var req operatorRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	hash, err := service.HashOperatorPIN(req.PIN)
	if err != nil {
		a.fail(c, err)
		return
	}
	if err := a.stores.Lifts.SaveOperatorPIN(c.Request.Context(), req.UID, req.Station, hash); err != nil {
		a.fail(c, err)
		return
	}
	c.Status(http.StatusCreated)
}
