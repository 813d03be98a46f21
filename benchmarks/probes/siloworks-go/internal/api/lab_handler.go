package api

import (
	"archive/zip"
	"fmt"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/siloworks/elevator/internal/dto"
)

func (s *Server) recordSample(c *gin.Context) {
	var req dto.SampleRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		fail(c, http.StatusBadRequest, err)
		return
	}
	sample, err := s.Grading.Record(c.Request.Context(), req, staffOf(c).Subject)
	if err != nil {
		fail(c, http.StatusUnprocessableEntity, err)
		return
	}
	c.JSON(http.StatusCreated, sample)
}

func (s *Server) meterCalibration(c *gin.Context) {
	port := c.DefaultQuery("port", "/dev/ttyUSB0")
	info, err := s.Grading.MeterCalibration(c.Request.Context(), port)
	if err != nil {
		fail(c, http.StatusBadGateway, err)
		return
	}
	c.JSON(http.StatusOK, info)
}

func (s *Server) uploadProbeImages(c *gin.Context) {
	id, ok := idParam(c)
	if !ok {
		return
	}
	fh, err := c.FormFile("archive")
	if err != nil {
		fail(c, http.StatusBadRequest, err)
		return
	}
	if fh.Size > s.Cfg.MaxUploadBytes {
		fail(c, http.StatusRequestEntityTooLarge, fmt.Errorf("archive too large"))
		return
	}
	f, err := fh.Open()
	if err != nil {
		fail(c, http.StatusBadRequest, err)
		return
	}
	defer f.Close()
	zr, err := zip.NewReader(f, fh.Size)
	if err != nil {
		fail(c, http.StatusBadRequest, err)
		return
	}
	n, err := s.Grading.ImportProbeImages(c.Request.Context(), id, zr)
	if err != nil {
		fail(c, http.StatusInternalServerError, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"sample": strconv.FormatInt(id, 10), "images": n})
}
