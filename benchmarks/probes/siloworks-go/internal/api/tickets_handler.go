package api

import (
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/siloworks/elevator/internal/dto"
	"github.com/siloworks/elevator/internal/reports"
)

func formatKg(v float64) string {
	return strconv.FormatFloat(v, 'f', 0, 64) + " kg"
}

func idParam(c *gin.Context) (int64, bool) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil || id <= 0 {
		c.JSON(http.StatusBadRequest, dto.ErrorBody{Error: "invalid id"})
		return 0, false
	}
	return id, true
}

func (s *Server) createTicket(c *gin.Context) {
	var req dto.CreateTicketRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		fail(c, http.StatusBadRequest, err)
		return
	}
	t, err := s.Tickets.Create(c.Request.Context(), req, staffOf(c).Subject)
	if err != nil {
		fail(c, http.StatusUnprocessableEntity, err)
		return
	}
	c.JSON(http.StatusCreated, t)
}

func (s *Server) listTickets(c *gin.Context) {
	limit, _ := strconv.Atoi(c.DefaultQuery("limit", "50"))
	offset, _ := strconv.Atoi(c.DefaultQuery("offset", "0"))
	farmer, _ := strconv.ParseInt(c.Query("farmer"), 10, 64)
	q := dto.TicketSearch{
		Commodity: c.Query("commodity"),
		Status:    c.Query("status"),
		FarmerID:  farmer,
		SortBy:    c.DefaultQuery("sort", "created"),
		SortDir:   c.DefaultQuery("dir", "desc"),
		Limit:     limit,
		Offset:    offset,
	}
	items, err := s.Tickets.List(c.Request.Context(), q)
	if err != nil {
		fail(c, http.StatusBadRequest, err)
		return
	}
	c.JSON(http.StatusOK, dto.Page[any]{Items: toAny(items), Total: len(items), Limit: q.Limit, Offset: q.Offset})
}

func toAny[T any](in []T) []any {
	out := make([]any, len(in))
	for i := range in {
		out[i] = in[i]
	}
	return out
}

func (s *Server) ticketSummary(c *gin.Context) {
	day, err := time.Parse("2006-01-02", c.DefaultQuery("day", time.Now().Format("2006-01-02")))
	if err != nil {
		fail(c, http.StatusBadRequest, err)
		return
	}
	rows, err := s.Tickets.Summary(c.Request.Context(), day, c.Query("group"))
	if err != nil {
		fail(c, http.StatusBadRequest, err)
		return
	}
	c.JSON(http.StatusOK, rows)
}

func (s *Server) getTicket(c *gin.Context) {
	id, ok := idParam(c)
	if !ok {
		return
	}
	t, err := s.Tickets.Get(c.Request.Context(), id)
	if err != nil {
		fail(c, http.StatusInternalServerError, err)
		return
	}
	c.JSON(http.StatusOK, t)
}

func (s *Server) completeTicket(c *gin.Context) {
	id, ok := idParam(c)
	if !ok {
		return
	}
	var req dto.CompleteTicketRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		fail(c, http.StatusBadRequest, err)
		return
	}
	t, err := s.Tickets.Complete(c.Request.Context(), id, req, staffOf(c).Subject)
	if err != nil {
		fail(c, http.StatusUnprocessableEntity, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"ticket": t, "pickupPin": t.PickupPIN})
}

func (s *Server) printLabel(c *gin.Context) {
	id, ok := idParam(c)
	if !ok {
		return
	}
	var req dto.PrintLabelRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		fail(c, http.StatusBadRequest, err)
		return
	}
	if err := s.Tickets.PrintLabel(c.Request.Context(), id, req); err != nil {
		fail(c, http.StatusBadGateway, err)
		return
	}
	c.Status(http.StatusAccepted)
}

func (s *Server) readScale(c *gin.Context) {
	r, err := s.Scales.Read(c.Request.Context(), c.Param("id"))
	if err != nil {
		fail(c, http.StatusBadGateway, err)
		return
	}
	c.JSON(http.StatusOK, r)
}

// probeScale is used by technicians while commissioning a new indicator.
func (s *Server) probeScale(c *gin.Context) {
	addr := c.Query("address")
	if addr == "" {
		fail(c, http.StatusBadRequest, fmt.Errorf("address is required"))
		return
	}
	r, err := s.Scales.Probe(c.Request.Context(), addr)
	if err != nil {
		fail(c, http.StatusBadGateway, err)
		return
	}
	c.JSON(http.StatusOK, r)
}

func (s *Server) ticketPage(c *gin.Context) {
	id, ok := idParam(c)
	if !ok {
		return
	}
	t, err := s.Tickets.Get(c.Request.Context(), id)
	if err != nil {
		c.HTML(http.StatusNotFound, "not_found.html", gin.H{"What": "Ticket"})
		return
	}
	samples, _ := s.Grading.ForTicket(c.Request.Context(), id)
	c.HTML(http.StatusOK, "ticket_detail.html", reports.BuildTicketPage(*t, samples))
}

func (s *Server) ticketPhoto(c *gin.Context) {
	path, err := s.Tickets.PhotoPath(c.Query("file"))
	if err != nil {
		c.Status(http.StatusNotFound)
		return
	}
	c.File(path) // SAFE path
}
