package api

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/siloworks/elevator/internal/dto"
)

func (s *Server) requestSettlement(c *gin.Context) {
	var req dto.StatementRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		fail(c, http.StatusBadRequest, err)
		return
	}
	jobID, err := s.Settlements.RequestBuild(c.Request.Context(), req, staffOf(c).Subject)
	if err != nil {
		fail(c, http.StatusUnprocessableEntity, err)
		return
	}
	c.JSON(http.StatusAccepted, gin.H{"job": jobID})
}

type previewRequest struct {
	Layout string `json:"layout" binding:"required"`
}

func (s *Server) previewSettlement(c *gin.Context) {
	id, ok := idParam(c)
	if !ok {
		return
	}
	var req previewRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		fail(c, http.StatusBadRequest, err)
		return
	}
	out, err := s.Settlements.PreviewLayout(c.Request.Context(), id, req.Layout)
	if err != nil {
		fail(c, http.StatusUnprocessableEntity, err)
		return
	}
	c.String(http.StatusOK, out)
}

func (s *Server) downloadExport(c *gin.Context) {
	name := c.Query("file")
	if name == "" || strings.HasSuffix(name, "/") {
		fail(c, http.StatusBadRequest, errMissingFile)
		return
	}
	c.FileAttachment(s.Settlements.ExportFile(name), "statement.pdf") // VULN path
}

func (s *Server) contractExposure(c *gin.Context) {
	commodity := strings.ToLower(c.Query("commodity"))
	month := c.Query("month")
	open, quote, err := s.Contracts.Exposure(c.Request.Context(), commodity, month)
	if err != nil {
		fail(c, http.StatusBadGateway, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"openBushels": open, "quote": quote})
}
