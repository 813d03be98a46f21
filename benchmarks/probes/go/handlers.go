package api

import (
	"database/sql"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
)

type Server struct {
	db *sql.DB
}

var allowedHosts = map[string]bool{"api.example.com": true}

func (s *Server) Orders(c *gin.Context) {
	status := c.Query("status")
	rows, err := s.db.Query(fmt.Sprintf("SELECT id FROM orders WHERE status = '%s'", status)) // VULN sqli
	if err != nil {
		c.String(500, "error")
		return
	}
	defer rows.Close()
	c.JSON(200, gin.H{"ok": true})
}

func (s *Server) OrdersSafe(c *gin.Context) {
	limit, err := strconv.Atoi(c.Query("limit"))
	if err != nil {
		c.String(400, "bad")
		return
	}
	rows, _ := s.db.Query(fmt.Sprintf("SELECT id FROM orders LIMIT %d", limit)) // SAFE
	defer rows.Close()
}

func (s *Server) OrderByID(c *gin.Context) {
	rows, _ := s.db.Query("SELECT id FROM orders WHERE id = $1", c.Param("id")) // SAFE
	defer rows.Close()
}

func Ping(c *gin.Context) {
	host := c.PostForm("host")
	out, _ := exec.Command("sh", "-c", "ping -c 1 "+host).Output() // VULN cmdi
	c.String(200, string(out))
}

func PingSafe(c *gin.Context) {
	host := c.PostForm("host")
	out, _ := exec.Command("ping", "-c", "1", host).Output() // SAFE (no shell)
	c.JSON(200, gin.H{"out": string(out)})
}

func Download(c *gin.Context) {
	name := c.Param("name")
	c.File(filepath.Join("/srv/files", name)) // VULN path
}

func DownloadSafe(c *gin.Context) {
	name := filepath.Base(c.Param("name"))
	c.File(filepath.Join("/srv/files", name)) // SAFE
}

func ReadReport(c *gin.Context) {
	p := filepath.Clean(filepath.Join("/srv/reports", c.Query("file")))
	if !strings.HasPrefix(p, "/srv/reports/") {
		c.String(400, "bad")
		return
	}
	data, _ := os.ReadFile(p) // SAFE (contained)
	c.Data(200, "application/pdf", data)
}

func Fetch(c *gin.Context) {
	resp, err := http.Get(c.Query("url")) // VULN ssrf
	if err != nil {
		return
	}
	defer resp.Body.Close()
	io.Copy(c.Writer, resp.Body)
}

func FetchSafe(c *gin.Context) {
	u, err := url.Parse(c.Query("url"))
	if err != nil || !allowedHosts[u.Host] {
		c.String(400, "bad")
		return
	}
	resp, _ := http.Get(u.String()) // SAFE (allow-list)
	defer resp.Body.Close()
}

func Next(c *gin.Context) {
	c.Redirect(http.StatusFound, c.Query("next")) // VULN redirect
}

func NextSafe(c *gin.Context) {
	next := c.Query("next")
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") {
		next = "/"
	}
	c.Redirect(http.StatusFound, next) // SAFE
}

func Hello(c *gin.Context) {
	name := c.Query("name")
	c.Data(200, "text/html", []byte("<h1>Hello "+name+"</h1>")) // VULN xss
}

func HelloTemplate(w http.ResponseWriter, r *http.Request) {
	t := template.Must(template.New("x").Parse("<p>{{.}}</p>"))
	t.Execute(w, template.HTML(r.URL.Query().Get("bio"))) // VULN xss
}

func HelloSafe(w http.ResponseWriter, r *http.Request) {
	t := template.Must(template.New("x").Parse("<p>{{.}}</p>"))
	t.Execute(w, r.URL.Query().Get("bio")) // SAFE (escaped)
}

func Count(c *gin.Context) {
	n, _ := strconv.Atoi(c.Query("n"))
	c.String(200, "%d items", n) // SAFE
}
