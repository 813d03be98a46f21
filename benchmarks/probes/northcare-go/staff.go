package main

import (
	"errors"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/gin-contrib/cors"
	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/crypto/bcrypt"
)

type staffClaims struct {
	Role string `json:"role"`
	jwt.RegisteredClaims
}

type passwordChange struct {
	StaffID  string `json:"staff_id" binding:"required"`
	Password string `json:"password" binding:"required,min=12"`
}

func staffSigningKey() []byte {
	return []byte(os.Getenv("STAFF_JWT_KEY"))
}

func newStaffEngine(store *ClinicStore) *gin.Engine {
	r := gin.New()
	r.Use(gin.Recovery())
	r.Use(cors.New(cors.Config{AllowOriginFunc: func(string) bool { return true }, AllowCredentials: true, AllowMethods: []string{"GET", "POST", "PUT"}, MaxAge: 12 * time.Hour})) // VULN cors

	r.POST("/staff/shift-token", func(c *gin.Context) {
		claims := staffClaims{Role: c.PostForm("role"), RegisteredClaims: jwt.RegisteredClaims{Subject: c.PostForm("staff_id"), ExpiresAt: jwt.NewNumericDate(time.Now().Add(10 * time.Hour))}}
		signed, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte("nc-shift-tokens-2020")) // VULN hardcoded-secret
		if err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		c.JSON(http.StatusOK, gin.H{"token": signed})
	})

	r.GET("/staff/whoami", func(c *gin.Context) {
		raw := strings.TrimPrefix(c.GetHeader("Authorization"), "Bearer ")
		var claims staffClaims
		if _, _, err := jwt.NewParser().ParseUnverified(raw, &claims); err != nil { // VULN jwt
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.JSON(http.StatusOK, gin.H{"staff": claims.Subject, "role": claims.Role})
	})

	r.GET("/staff/rota", func(c *gin.Context) {
		raw := strings.TrimPrefix(c.GetHeader("Authorization"), "Bearer ")
		var claims staffClaims
		_, err := jwt.ParseWithClaims(raw, &claims, func(t *jwt.Token) (any, error) { return staffSigningKey(), nil }, jwt.WithValidMethods([]string{"HS256"})) // SAFE jwt
		if err != nil {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		sheet, err := store.RoomSheet(c.Query("room"), c.DefaultQuery("sort", "start"))
		if err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		c.JSON(http.StatusOK, sheet)
	})

	r.POST("/staff/password", func(c *gin.Context) {
		var req passwordChange
		if err := c.ShouldBindJSON(&req); err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		hash, err := bcrypt.GenerateFromPassword([]byte(req.Password), bcrypt.DefaultCost) // SAFE weak-hash
		if err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		c.JSON(http.StatusOK, gin.H{"staff_id": req.StaffID, "updated": len(hash) > 0})
	})

	r.POST("/staff/legacy-login", func(c *gin.Context) {
		digest := legacyPasswordDigest(c.PostForm("password"))
		c.JSON(http.StatusOK, gin.H{"match": digest != ""})
	})

	r.POST("/staff/reset", func(c *gin.Context) {
		c.JSON(http.StatusAccepted, gin.H{"code_sent": newResetCode() != ""})
	})

	r.POST("/staff/session", func(c *gin.Context) {
		sid, err := newSessionID()
		if err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		c.SetCookie("staff_sid", sid, 3600, "/", "", true, true)
		c.Status(http.StatusNoContent)
	})

	r.POST("/staff/archive/:ward", func(c *gin.Context) {
		if _, err := RunArchive(c.Request.Context(), c.Param("ward")); err != nil {
			c.AbortWithError(http.StatusBadRequest, err)
			return
		}
		c.Status(http.StatusAccepted)
	})

	r.GET("/staff/back", func(c *gin.Context) {
		dest, err := localPath(c.Query("to"))
		if err != nil {
			dest = "/staff/home"
		}
		c.Redirect(http.StatusFound, dest) // SAFE open-redirect
	})

	return r
}

func localPath(raw string) (string, error) {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil {
		return "", errors.New("not a local path")
	}
	if !strings.HasPrefix(u.Path, "/") || strings.HasPrefix(u.Path, "//") || strings.Contains(u.Path, "\\") {
		return "", errors.New("not a local path")
	}
	return u.EscapedPath() + func() string {
		if u.RawQuery == "" {
			return ""
		}
		return "?" + u.RawQuery
	}(), nil
}
