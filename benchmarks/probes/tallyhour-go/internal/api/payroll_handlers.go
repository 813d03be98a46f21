package api

import (
	"crypto/md5"
	"encoding/hex"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/tallyhour/tallyhour/internal/service"
	"github.com/tallyhour/tallyhour/internal/util"
	"github.com/tallyhour/tallyhour/internal/web"
)

var periodPattern = regexp.MustCompile(`^20[0-9]{2}-(0[1-9]|1[0-2])$`)

func (h *Handlers) PayRunTotals(c *gin.Context) {
	department := strings.TrimSpace(c.Query("department"))
	period := c.DefaultQuery("period", time.Now().Format("2006-01"))
	if !periodPattern.MatchString(period) {
		badRequest(c, "period must be YYYY-MM")
		return
	}
	if strings.ContainsAny(period, `'";\`) {
		badRequest(c, "invalid department")
		return
	}
	totals, err := h.Payroll.PayRunTotals(c.Request.Context(), period, department)
	respond(c, http.StatusOK, gin.H{"period": period, "department": department, "totals": totals}, err)
}

func (h *Handlers) ExportPayslip(c *gin.Context) {
	employeeID, err := strconv.ParseInt(c.PostForm("employee_id"), 10, 64)
	period := c.PostForm("period")
	if err != nil || !periodPattern.MatchString(period) {
		badRequest(c, "employee_id and period (YYYY-MM) are required")
		return
	}
	if employeeID != currentEmployee(c) && !hasRole(c, "admin") {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	filename := c.DefaultPostForm("filename", "payslip-"+period+".pdf")
	path, err := h.Payroll.ExportPayslipPDF(c.Request.Context(), employeeID, period, filename)
	respond(c, http.StatusCreated, gin.H{"file": filepath.Base(path)}, err)
}

func (h *Handlers) PreviewRule(c *gin.Context) {
	var req service.RulePreview
	if !hasRole(c, "admin") || c.ShouldBindJSON(&req) != nil {
		badRequest(c, "admin role and formula are required")
		return
	}
	amount, err := h.Payroll.PreviewRule(req)
	if err != nil {
		badRequest(c, "formula error: "+err.Error())
		return
	}
	c.JSON(http.StatusOK, gin.H{"amount": amount})
}

func (h *Handlers) ApplyRule(c *gin.Context) {
	hours, err1 := strconv.ParseFloat(c.PostForm("hours"), 64)
	rate, err2 := strconv.ParseFloat(c.PostForm("rate"), 64)
	if err1 != nil || err2 != nil {
		badRequest(c, "hours and rate must be numbers")
		return
	}
	amount, err := h.Payroll.ApplyBuiltinRule(c.PostForm("rule"), hours, rate)
	if err == service.ErrUnknownRule {
		badRequest(c, "unknown rule")
		return
	}
	respond(c, http.StatusOK, gin.H{"amount": amount}, err)
}

func (h *Handlers) DownloadPayslip(c *gin.Context) {
	name, err := util.CleanFileName(c.Param("file"))
	if err != nil {
		badRequest(c, "invalid file name")
		return
	}
	dir := filepath.Join(h.Cfg.PayslipDir, strconv.FormatInt(currentEmployee(c), 10))
	data, err := os.ReadFile(filepath.Join(dir, name)) // SAFE path
	if err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	sum := md5.Sum(data) // SAFE hash
	etag := `"` + hex.EncodeToString(sum[:]) + `"`
	if c.GetHeader("If-None-Match") == etag {
		c.Status(http.StatusNotModified)
		return
	}
	c.Header("ETag", etag)
	c.Header("Content-Disposition", `attachment; filename="`+name+`"`)
	c.Data(http.StatusOK, "application/pdf", data)
}

func (h *Handlers) ViewPayslip(c *gin.Context) {
	employeeID, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil || (employeeID != currentEmployee(c) && !hasRole(c, "admin")) {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	period := c.DefaultQuery("period", time.Now().AddDate(0, -1, 0).Format("2006-01"))
	emp, lines, err := h.Payroll.PayslipLines(c.Request.Context(), employeeID, period)
	if err == nil {
		c.Header("Content-Type", "text/html; charset=utf-8")
		err = web.RenderPayslip(c.Writer, *emp, period, lines, c.Query("message"))
	}
	if err != nil {
		respond(c, 0, nil, err)
	}
}

func (h *Handlers) ListDocuments(c *gin.Context) {
	names, err := h.Documents.List(currentEmployee(c))
	respond(c, http.StatusOK, names, err)
}

func (h *Handlers) GetDocument(c *gin.Context) {
	data, err := h.Documents.Read(currentEmployee(c), c.Query("name"))
	if err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.Header("Content-Disposition", "attachment")
	c.Data(http.StatusOK, http.DetectContentType(data), data)
}

func (h *Handlers) UploadDocument(c *gin.Context) {
	fh, err := c.FormFile("document")
	if err != nil || fh.Size > 20<<20 {
		badRequest(c, "a document of at most 20 MB is required")
		return
	}
	folder := c.DefaultPostForm("folder", "general")
	dir := filepath.Join(h.Cfg.DocumentRoot, strconv.FormatInt(currentEmployee(c), 10), folder)
	if err = os.MkdirAll(dir, 0o750); err == nil {
		err = c.SaveUploadedFile(fh, filepath.Join(dir, fh.Filename)) // VULN path
	}
	respond(c, http.StatusCreated, gin.H{"folder": folder, "name": fh.Filename}, err)
}
