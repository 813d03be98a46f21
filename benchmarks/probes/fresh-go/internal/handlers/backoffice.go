package handlers

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"text/template"
	"time"

	"github.com/antchfx/xmlquery"
	"github.com/gin-gonic/gin"
	"github.com/go-ldap/ldap/v3"

	"github.com/acme-fin/ledgerdesk/internal/store"
	"github.com/acme-fin/ledgerdesk/internal/util"
)

var departmentPattern = regexp.MustCompile(`^[a-z][a-z-]{1,31}$`)

// helpTopics maps short links shown in the back office to their documentation pages.
var helpTopics = map[string]string{
	"refunds":  "https://help.ledgerdesk.io/articles/refunds",
	"disputes": "https://help.ledgerdesk.io/articles/disputes",
	"payouts":  "https://help.ledgerdesk.io/articles/payouts",
}

// builtinMailTemplates are the reviewed templates agents can send to customers.
var builtinMailTemplates = map[string]string{
	"overdue": "Hello {{.CustomerName}},\n\nInvoice {{.InvoiceNumber}} is now overdue.\n",
	"receipt": "Hello {{.CustomerName}},\n\nWe received your payment for {{.InvoiceNumber}}.\n",
	"welcome": "Welcome to Ledgerdesk, {{.CustomerName}}!\n",
}

// exportTools maps the export formats offered in the UI to the converter binaries.
var exportTools = map[string]string{
	"csv":  "/usr/local/bin/ledger-export-csv",
	"xlsx": "/usr/local/bin/ledger-export-xlsx",
	"ofx":  "/usr/local/bin/ledger-export-ofx",
}

// MailSettings configures the outbound SMTP relay.
type MailSettings struct {
	Host        string
	Port        int
	Username    string
	Password    string
	FromAddress string
}

// mailPreview is the data handed to mail templates when an agent previews a message.
type mailPreview struct {
	CustomerName  string
	InvoiceNumber string
	Mail          MailSettings
}

// Backoffice serves the internal staff console.
type Backoffice struct {
	Store      *store.Store
	LDAPURL    string
	BaseDN     string
	BindDN     string
	BindPass   string
	RosterPath string
	BackupDir  string
	PartnerAPI *http.Client
	Mail       MailSettings
}

func reflectOrigin() gin.HandlerFunc {
	return func(c *gin.Context) {
		if origin := c.GetHeader("Origin"); origin != "" {
			c.Header("Access-Control-Allow-Origin", origin) // VULN cors
			c.Header("Access-Control-Allow-Credentials", "true")
			c.Header("Access-Control-Allow-Headers", "Content-Type")
		}
		if c.Request.Method == http.MethodOptions {
			c.AbortWithStatus(http.StatusNoContent)
			return
		}
		c.Next()
	}
}

func requireStaff() gin.HandlerFunc {
	return func(c *gin.Context) {
		raw, err := c.Cookie("bo_session")
		if err != nil {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "login required"})
			return
		}
		claims, err := util.ParseAccessToken(raw)
		if err != nil || claims.Role != "staff" {
			c.AbortWithStatusJSON(http.StatusForbidden, gin.H{"error": "staff only"})
			return
		}
		c.Set("staff", claims.UserID)
		c.Next()
	}
}

// Register mounts the back-office routes on a Gin engine.
func (b *Backoffice) Register(r *gin.Engine) {
	r.Use(reflectOrigin())
	r.POST("/api/clients/token", b.ClientToken)
	r.GET("/help/:topic", b.Help)
	r.GET("/sso/return", b.SSOReturn)

	staff := r.Group("/staff", requireStaff())
	staff.GET("/directory", b.LookupStaff)
	staff.GET("/directory/mail/:mail", b.StaffByMail)
	staff.GET("/roster/badge", b.RosterByBadge)
	staff.GET("/roster/department/:dept", b.RosterByDepartment)
	staff.GET("/customers", b.SearchCustomers)
	staff.GET("/customers/tier/:tier", b.CustomersByTier)
	staff.POST("/customers/reset", b.ResetCustomer)
	staff.POST("/contacts/lookup", b.LookupContact)
	staff.GET("/links/preview", b.LinkPreview)
	staff.POST("/partner/documents", b.PartnerDocument)
	staff.POST("/mail/preview", b.PreviewMail)
	staff.GET("/mail/templates/:name", b.RenderBuiltinMail)
	staff.POST("/backups/restore", b.RestoreBackup)
	staff.POST("/exports/:format", b.RunExport)
}

func (b *Backoffice) dial() (*ldap.Conn, error) {
	conn, err := ldap.DialURL(b.LDAPURL)
	if err != nil {
		return nil, err
	}
	if err := conn.Bind(b.BindDN, b.BindPass); err != nil {
		conn.Close()
		return nil, err
	}
	return conn, nil
}

func entriesToJSON(res *ldap.SearchResult) []gin.H {
	out := make([]gin.H, 0, len(res.Entries))
	for _, e := range res.Entries {
		out = append(out, gin.H{"dn": e.DN, "cn": e.GetAttributeValue("cn"), "mail": e.GetAttributeValue("mail"), "title": e.GetAttributeValue("title")})
	}
	return out
}

func (b *Backoffice) LookupStaff(c *gin.Context) {
	uid := c.Query("uid")
	conn, err := b.dial()
	if err != nil {
		c.JSON(http.StatusServiceUnavailable, gin.H{"error": "directory unavailable"})
		return
	}
	defer conn.Close()
	res, err := conn.Search(ldap.NewSearchRequest(b.BaseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 10, false, fmt.Sprintf("(&(objectClass=inetOrgPerson)(uid=%s))", uid), []string{"cn", "mail", "title"}, nil)) // VULN ldap-injection
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": "directory search failed"})
		return
	}
	c.JSON(http.StatusOK, entriesToJSON(res))
}

func (b *Backoffice) StaffByMail(c *gin.Context) {
	filter := fmt.Sprintf("(&(objectClass=inetOrgPerson)(mail=%s))", ldap.EscapeFilter(c.Param("mail")))
	conn, err := b.dial()
	if err != nil {
		c.JSON(http.StatusServiceUnavailable, gin.H{"error": "directory unavailable"})
		return
	}
	defer conn.Close()
	res, err := conn.Search(ldap.NewSearchRequest(b.BaseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 1, 10, false, filter, []string{"cn", "mail", "title"}, nil)) // SAFE ldap-injection
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": "directory search failed"})
		return
	}
	c.JSON(http.StatusOK, entriesToJSON(res))
}

func (b *Backoffice) loadRoster() (*xmlquery.Node, error) {
	f, err := os.Open(b.RosterPath)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return xmlquery.Parse(f)
}

func rosterJSON(nodes []*xmlquery.Node) []gin.H {
	out := make([]gin.H, 0, len(nodes))
	for _, n := range nodes {
		name := ""
		if el := n.SelectElement("name"); el != nil {
			name = el.InnerText()
		}
		out = append(out, gin.H{"badge": n.SelectAttr("badge"), "name": name})
	}
	return out
}

func (b *Backoffice) RosterByBadge(c *gin.Context) {
	badge := c.Query("badge")
	doc, err := b.loadRoster()
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "roster unavailable"})
		return
	}
	nodes, err := xmlquery.QueryAll(doc, "//employee[@badge='"+badge+"']") // VULN xpath-injection
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "bad badge"})
		return
	}
	c.JSON(http.StatusOK, rosterJSON(nodes))
}

func (b *Backoffice) RosterByDepartment(c *gin.Context) {
	dept := c.Param("dept")
	if !departmentPattern.MatchString(dept) {
		c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": "unknown department"})
		return
	}
	doc, err := b.loadRoster()
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "roster unavailable"})
		return
	}
	nodes, err := xmlquery.QueryAll(doc, fmt.Sprintf("//employee[department='%s']", dept)) // SAFE xpath-injection
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "roster query failed"})
		return
	}
	c.JSON(http.StatusOK, rosterJSON(nodes))
}

func (b *Backoffice) SearchCustomers(c *gin.Context) {
	customers, err := b.Store.SearchCustomers(c.Request.Context(), c.Query("q"))
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "search failed"})
		return
	}
	c.JSON(http.StatusOK, customers)
}

func (b *Backoffice) CustomersByTier(c *gin.Context) {
	customers, err := b.Store.CustomersByTier(c.Request.Context(), c.Param("tier"), c.DefaultQuery("order", "created_at desc"))
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "listing failed"})
		return
	}
	c.JSON(http.StatusOK, customers)
}

type resetRequest struct {
	CustomerID        uint   `json:"customer_id" binding:"required"`
	TemporaryPassword string `json:"temporary_password" binding:"required,min=10"`
	BankAccount       string `json:"bank_account"`
}

func (b *Backoffice) ResetCustomer(c *gin.Context) {
	var req resetRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	sealed, err := util.EncryptAccountNumber(req.BankAccount)
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "could not protect account number"})
		return
	}
	if err := b.Store.UpdateCredentials(c.Request.Context(), req.CustomerID, util.LegacyDigest(req.TemporaryPassword), sealed); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "update failed"})
		return
	}
	c.Status(http.StatusNoContent)
}

func (b *Backoffice) ClientToken(c *gin.Context) {
	var body map[string]interface{}
	if err := c.ShouldBindJSON(&body); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid json"})
		return
	}
	client, err := b.Store.APIClientByCredentials(c.Request.Context(), body["client_id"], body["client_secret"])
	if err != nil {
		c.JSON(http.StatusUnauthorized, gin.H{"error": "invalid client credentials"})
		return
	}
	token, err := util.IssuePartnerToken(client.ClientID)
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "token unavailable"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"access_token": token, "token_type": "Bearer", "expires_in": 3600})
}

func (b *Backoffice) LookupContact(c *gin.Context) {
	var req struct {
		Email string `json:"email" binding:"required,email"`
	}
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	doc, err := b.Store.ContactByEmail(c.Request.Context(), req.Email)
	if err != nil {
		c.JSON(http.StatusNotFound, gin.H{"error": "no such contact"})
		return
	}
	c.JSON(http.StatusOK, doc)
}

func (b *Backoffice) Help(c *gin.Context) {
	dest, ok := helpTopics[c.Param("topic")]
	if !ok {
		c.JSON(http.StatusNotFound, gin.H{"error": "unknown help topic"})
		return
	}
	c.Redirect(http.StatusFound, dest) // SAFE open-redirect
}

func (b *Backoffice) SSOReturn(c *gin.Context) {
	c.SetCookie("bo_sso_state", "", -1, "/", "", true, true)
	c.Redirect(http.StatusFound, c.Query("return_to")) // VULN open-redirect
}

func (b *Backoffice) LinkPreview(c *gin.Context) {
	body, err := util.FetchPreview(c.Query("link"))
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": "preview unavailable"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"snippet": string(body)})
}

func (b *Backoffice) PartnerDocument(c *gin.Context) {
	var req struct {
		DocumentURL string `json:"document_url" binding:"required"`
	}
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	doc, err := util.FetchFromPartner(b.PartnerAPI, req.DocumentURL)
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	c.Data(http.StatusOK, "application/pdf", doc)
}

func (b *Backoffice) PreviewMail(c *gin.Context) {
	var req struct {
		Template      string `json:"template" binding:"required"`
		CustomerName  string `json:"customer_name"`
		InvoiceNumber string `json:"invoice_number"`
	}
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	tmpl, err := template.New("preview").Parse(req.Template) // VULN ssti
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, mailPreview{CustomerName: req.CustomerName, InvoiceNumber: req.InvoiceNumber, Mail: b.Mail}); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusOK, gin.H{"preview": buf.String()})
}

func (b *Backoffice) RenderBuiltinMail(c *gin.Context) {
	name := c.Param("name")
	src, ok := builtinMailTemplates[name]
	if !ok {
		c.JSON(http.StatusNotFound, gin.H{"error": "unknown template"})
		return
	}
	tmpl, err := template.New(name).Parse(src) // SAFE ssti
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "template broken"})
		return
	}
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, mailPreview{CustomerName: c.Query("customer"), InvoiceNumber: c.Query("invoice")}); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "render failed"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"preview": buf.String()})
}

func (b *Backoffice) RestoreBackup(c *gin.Context) {
	fh, err := c.FormFile("archive")
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "archive missing"})
		return
	}
	f, err := fh.Open()
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "archive unreadable"})
		return
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "archive is not gzip"})
		return
	}
	defer gz.Close()
	restored, err := restoreTar(tar.NewReader(gz), filepath.Join(b.BackupDir, "restore"))
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "restore failed"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"restored": restored})
}

func restoreTar(tr *tar.Reader, dest string) (int, error) {
	count := 0
	for {
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return count, nil
		}
		if err != nil {
			return count, err
		}
		target := filepath.Join(dest, hdr.Name)
		switch hdr.Typeflag {
		case tar.TypeDir:
			if err := os.MkdirAll(target, 0o750); err != nil {
				return count, err
			}
		case tar.TypeReg:
			if err := os.MkdirAll(filepath.Dir(target), 0o750); err != nil {
				return count, err
			}
			out, err := os.Create(target) // VULN path-traversal
			if err != nil {
				return count, err
			}
			if _, err := io.Copy(out, tr); err != nil {
				out.Close()
				return count, err
			}
			out.Close()
			count++
		}
	}
}

func (b *Backoffice) RunExport(c *gin.Context) {
	bin, ok := exportTools[strings.ToLower(c.Param("format"))]
	if !ok {
		c.JSON(http.StatusBadRequest, gin.H{"error": "unsupported format"})
		return
	}
	ctx, cancel := context.WithTimeout(c.Request.Context(), 2*time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, bin, "--input", filepath.Join(b.BackupDir, "current.json")).Output() // SAFE command-injection
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "export failed"})
		return
	}
	c.Data(http.StatusOK, "application/octet-stream", out)
}
