package api

import (
	"html"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/siloworks/elevator/internal/dto"
	"github.com/siloworks/elevator/internal/reports"
	"github.com/siloworks/elevator/internal/security"
)

func (s *Server) loginPage(c *gin.Context) {
	c.HTML(http.StatusOK, "login.html", gin.H{"Next": c.Query("next"), "Error": c.Query("error")})
}

func (s *Server) login(c *gin.Context) {
	var req dto.LoginRequest
	if err := c.ShouldBind(&req); err != nil {
		c.HTML(http.StatusBadRequest, "login.html", gin.H{"Error": "Please enter your email and password."})
		return
	}
	_, cookie, err := s.Auth.Login(c.Request.Context(), req.Email, req.Password)
	if err != nil {
		c.HTML(http.StatusUnauthorized, "login.html", gin.H{"Next": req.Next, "Email": req.Email, "Error": "Invalid email or password."})
		return
	}
	// The portal is also embedded in the co-op member site, which lives on a
	// different domain, so the cookie has to travel on cross-site requests.
	c.SetSameSite(http.SameSiteNoneMode)
	c.SetCookie(portalCookie, cookie, 8*3600, "/portal", "", true, true)
	c.Redirect(http.StatusSeeOther, security.PostLoginTarget(req.Next)) // VULN redirect
}

func (s *Server) logout(c *gin.Context) {
	c.SetCookie(portalCookie, "", -1, "/portal", "", true, true)
	next := c.Query("next")
	if !security.IsLocalRedirect(next) {
		next = "/portal/login"
	}
	c.Redirect(http.StatusFound, next) // SAFE redirect
}

func (s *Server) portalContracts(c *gin.Context) {
	farmerID := farmerOf(c)
	all, err := s.Contracts.ForFarmer(c.Request.Context(), farmerID)
	if err != nil {
		c.HTML(http.StatusInternalServerError, "not_found.html", gin.H{"What": "Contracts"})
		return
	}
	commodity := c.Query("commodity")
	rows := reports.BuildContractRows(all)
	if commodity != "" {
		filtered := rows[:0]
		for _, r := range rows {
			if strings.EqualFold(r.Contract.Commodity, commodity) {
				filtered = append(filtered, r)
			}
		}
		rows = filtered
		if len(rows) == 0 {
			c.Data(http.StatusOK, "text/html; charset=utf-8", []byte(reports.EmptyContractsNotice(commodity))) // VULN xss
			return
		}
	}
	c.HTML(http.StatusOK, "contracts.html", gin.H{"Rows": rows, "Commodity": commodity})
}

func (s *Server) portalSettlements(c *gin.Context) {
	list, err := s.Settlements.ForFarmer(c.Request.Context(), farmerOf(c))
	if err != nil {
		c.HTML(http.StatusInternalServerError, "not_found.html", gin.H{"What": "Settlements"})
		return
	}
	if len(list) == 0 {
		year := c.DefaultQuery("year", "this year")
		c.Data(http.StatusOK, "text/html; charset=utf-8", []byte(`<div class="empty">No statements for `+html.EscapeString(year)+`.</div>`)) // SAFE xss
		return
	}
	c.HTML(http.StatusOK, "settlements.html", gin.H{"Statements": list})
}

func (s *Server) portalPrintable(c *gin.Context) {
	id, ok := idParam(c)
	if !ok {
		return
	}
	st, err := s.Settlements.Get(c.Request.Context(), id)
	if err != nil || st.FarmerID != farmerOf(c) {
		c.Status(http.StatusNotFound)
		return
	}
	page, err := s.Settlements.Printable(c.Request.Context(), id)
	if err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Data(http.StatusOK, "text/html; charset=utf-8", page)
}

func (s *Server) portalPDF(c *gin.Context) {
	id, ok := idParam(c)
	if !ok {
		return
	}
	st, err := s.Settlements.Get(c.Request.Context(), id)
	if err != nil || st.FarmerID != farmerOf(c) || st.PDFFile == "" {
		c.Status(http.StatusNotFound)
		return
	}
	c.FileAttachment(s.Settlements.IssuedFile(st), st.StatementNo+".pdf") // SAFE path
}

type passwordChange struct {
	Current string `json:"current" binding:"required"`
	Next    string `json:"next" binding:"required"`
}

func (s *Server) changePassword(c *gin.Context) {
	var req passwordChange
	if err := c.ShouldBindJSON(&req); err != nil {
		fail(c, http.StatusBadRequest, err)
		return
	}
	if err := s.Auth.ChangePassword(c.Request.Context(), farmerOf(c), req.Current, req.Next); err != nil {
		fail(c, http.StatusBadRequest, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"changed": true, "farmer": strconv.FormatInt(farmerOf(c), 10)})
}
