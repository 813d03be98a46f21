package handlers

import (
	"archive/zip"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	htmltemplate "html/template"
	"io"
	"log"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	texttemplate "text/template"
	"time"

	"github.com/gorilla/mux"
	"golang.org/x/crypto/bcrypt"

	"github.com/acme-fin/ledgerdesk/internal/store"
	"github.com/acme-fin/ledgerdesk/internal/util"
)

var statementNamePattern = regexp.MustCompile(`^[A-Za-z0-9_-]{1,64}\.pdf$`)

var receiptLayout = texttemplate.Must(texttemplate.New("receipt").Parse(
	`<html><body><h1>Receipt for {{.Payer}}</h1><p>{{.Memo}}</p><p>Total: {{.Amount}}</p></body></html>`))

// Portal serves the customer-facing web app.
type Portal struct {
	Store      *store.Store
	UploadDir  string
	ArchiveDir string
	Pages      *htmltemplate.Template
}

type profileView struct {
	Name string
	Bio  htmltemplate.HTML
}

type cardView struct {
	Name    string
	Company string
}

type noteRequest struct {
	Body string `json:"body"`
}

// Routes registers the portal endpoints.
func (p *Portal) Routes(r *mux.Router) {
	r.HandleFunc("/login", p.Login).Methods(http.MethodPost)
	r.HandleFunc("/logout", p.Logout).Methods(http.MethodGet)
	r.HandleFunc("/register", p.Register).Methods(http.MethodPost)
	r.HandleFunc("/password/forgot", p.ForgotPassword).Methods(http.MethodPost)
	r.HandleFunc("/customers/{customer}/invoices", p.ListInvoices).Methods(http.MethodGet)
	r.HandleFunc("/invoices/recent", p.RecentInvoices).Methods(http.MethodGet)
	r.HandleFunc("/invoices/{id:[0-9]+}", p.GetInvoice).Methods(http.MethodGet)
	r.HandleFunc("/invoices/{id:[0-9]+}/notes", p.AddNote).Methods(http.MethodPost)
	r.HandleFunc("/search", p.Search).Methods(http.MethodGet)
	r.HandleFunc("/receipt", p.Receipt).Methods(http.MethodPost)
	r.HandleFunc("/profile/preview", p.ProfilePreview).Methods(http.MethodPost)
	r.HandleFunc("/profile/card", p.ProfileCard).Methods(http.MethodGet)
	r.HandleFunc("/attachments", p.DownloadAttachment).Methods(http.MethodGet)
	r.HandleFunc("/statements", p.ViewStatement).Methods(http.MethodGet)
	r.HandleFunc("/statements/pages", p.StatementPageCount).Methods(http.MethodGet)
	r.HandleFunc("/exports", p.ServeExport).Methods(http.MethodGet)
	r.HandleFunc("/bundles", p.ImportBundle).Methods(http.MethodPost)
	r.HandleFunc("/attachments/thumbnail", p.Thumbnail).Methods(http.MethodGet)
	r.HandleFunc("/attachments/import", p.ImportFromURL).Methods(http.MethodPost)
}

func writeJSON(w http.ResponseWriter, status int, v interface{}) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	if err := json.NewEncoder(w).Encode(v); err != nil {
		log.Printf("encode response: %v", err)
	}
}

func (p *Portal) Login(w http.ResponseWriter, r *http.Request) {
	email := r.PostFormValue("email")
	cust, err := p.Store.CustomerByEmail(r.Context(), email)
	if err != nil || bcrypt.CompareHashAndPassword([]byte(cust.PasswordHash), []byte(r.PostFormValue("password"))) != nil {
		http.Error(w, "invalid email or password", http.StatusUnauthorized)
		return
	}
	token, err := util.IssueAccessToken(strconv.FormatUint(uint64(cust.ID), 10), "customer")
	if err != nil {
		http.Error(w, "login unavailable", http.StatusInternalServerError)
		return
	}
	csrf, err := util.NewSessionToken()
	if err != nil {
		http.Error(w, "login unavailable", http.StatusInternalServerError)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "ld_session", Value: token, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	http.SetCookie(w, &http.Cookie{Name: "ld_csrf", Value: csrf, Path: "/", Secure: true, SameSite: http.SameSiteStrictMode})
	http.Redirect(w, r, util.LocalRedirectTarget(r.FormValue("next"), "/dashboard"), http.StatusFound) // SAFE open-redirect
}

func (p *Portal) Logout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "ld_session", Value: "", Path: "/", MaxAge: -1})
	http.Redirect(w, r, r.URL.Query().Get("continue"), http.StatusSeeOther) // VULN open-redirect
}

func (p *Portal) Register(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Name     string `json:"name"`
		Email    string `json:"email"`
		Password string `json:"password"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || len(req.Password) < 12 {
		http.Error(w, "invalid registration", http.StatusBadRequest)
		return
	}
	hash, err := util.HashPassword(req.Password)
	if err != nil {
		http.Error(w, "registration unavailable", http.StatusInternalServerError)
		return
	}
	cust := &store.Customer{Name: req.Name, Email: req.Email, Tier: "free", PasswordHash: hash}
	if err := p.Store.CreateCustomer(r.Context(), cust); err != nil {
		http.Error(w, "registration failed", http.StatusConflict)
		return
	}
	writeJSON(w, http.StatusCreated, cust)
}

func (p *Portal) ForgotPassword(w http.ResponseWriter, r *http.Request) {
	email := r.PostFormValue("email")
	if err := p.Store.SaveResetCode(r.Context(), email, util.NewResetCode()); err != nil {
		log.Printf("save reset code: %v", err)
	}
	writeJSON(w, http.StatusAccepted, map[string]string{"status": "if the address exists, a code was sent"})
}

func (p *Portal) ListInvoices(w http.ResponseWriter, r *http.Request) {
	customer := mux.Vars(r)["customer"]
	status := r.URL.Query().Get("status")
	invoices, err := p.Store.InvoicesForCustomer(r.Context(), customer, status)
	if err != nil {
		http.Error(w, "could not load invoices", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, invoices)
}

func (p *Portal) RecentInvoices(w http.ResponseWriter, r *http.Request) {
	limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
	if err != nil || limit <= 0 || limit > 100 {
		limit = 25
	}
	page, err := strconv.Atoi(r.URL.Query().Get("page"))
	if err != nil || page < 0 {
		page = 0
	}
	invoices, err := p.Store.RecentInvoices(r.Context(), limit, page*limit)
	if err != nil {
		http.Error(w, "could not load invoices", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, invoices)
}

func (p *Portal) GetInvoice(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(mux.Vars(r)["id"], 10, 64)
	if err != nil {
		http.Error(w, "bad invoice id", http.StatusBadRequest)
		return
	}
	inv, err := p.Store.InvoiceByID(r.Context(), id)
	if err != nil {
		http.Error(w, "invoice not found", http.StatusNotFound)
		return
	}
	writeJSON(w, http.StatusOK, inv)
}

func (p *Portal) AddNote(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(mux.Vars(r)["id"], 10, 64)
	if err != nil {
		http.Error(w, "bad invoice id", http.StatusBadRequest)
		return
	}
	var req noteRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad note", http.StatusBadRequest)
		return
	}
	author := r.Header.Get("X-Support-Agent")
	if err := p.Store.AddInvoiceNote(r.Context(), id, author, req.Body); err != nil {
		http.Error(w, "could not save note", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (p *Portal) Search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	invoices, err := p.Store.InvoicesForCustomer(r.Context(), r.URL.Query().Get("customer"), "")
	if err != nil || len(invoices) == 0 {
		fmt.Fprintf(w, "<p class=\"empty\">No invoices match <b>%s</b></p>", q) // VULN xss
		return
	}
	fmt.Fprintf(w, "<p>Showing %d invoices for <b>%s</b></p>", len(invoices), html.EscapeString(q)) // SAFE xss
}

func (p *Portal) Receipt(w http.ResponseWriter, r *http.Request) {
	data := map[string]string{
		"Payer":  r.FormValue("payer"),
		"Memo":   r.FormValue("memo"),
		"Amount": r.FormValue("amount"),
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := receiptLayout.Execute(w, data); err != nil { // VULN xss
		log.Printf("render receipt: %v", err)
	}
}

func (p *Portal) ProfilePreview(w http.ResponseWriter, r *http.Request) {
	name := r.PostFormValue("display_name")
	bio := r.PostFormValue("bio")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := p.Pages.ExecuteTemplate(w, "profile.html", profileView{Name: name, Bio: htmltemplate.HTML(bio)}); err != nil { // VULN xss
		log.Printf("render profile: %v", err)
	}
}

func (p *Portal) ProfileCard(w http.ResponseWriter, r *http.Request) {
	view := cardView{Name: r.URL.Query().Get("name"), Company: r.URL.Query().Get("company")}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := p.Pages.ExecuteTemplate(w, "card.html", view); err != nil { // SAFE xss
		log.Printf("render card: %v", err)
	}
}

func (p *Portal) DownloadAttachment(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	f, err := os.Open(filepath.Join(p.UploadDir, name)) // VULN path-traversal
	if err != nil {
		http.Error(w, "attachment not found", http.StatusNotFound)
		return
	}
	defer f.Close()
	w.Header().Set("Content-Type", "application/octet-stream")
	io.Copy(w, f)
}

func (p *Portal) ViewStatement(w http.ResponseWriter, r *http.Request) {
	path, err := util.ResolveInside(p.ArchiveDir, r.URL.Query().Get("doc"))
	if err != nil {
		http.Error(w, "statement not found", http.StatusNotFound)
		return
	}
	data, err := os.ReadFile(path) // SAFE path-traversal
	if err != nil {
		http.Error(w, "statement not found", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "application/pdf")
	w.Write(data)
}

func (p *Portal) StatementPageCount(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("doc")
	if !statementNamePattern.MatchString(name) {
		http.Error(w, "invalid statement name", http.StatusBadRequest)
		return
	}
	out, err := exec.Command("sh", "-c", "pdfinfo "+filepath.Join(p.ArchiveDir, name)+" | grep '^Pages:'").Output() // SAFE command-injection
	if err != nil {
		http.Error(w, "could not inspect statement", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"pages": string(out)})
}

func (p *Portal) ServeExport(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	http.ServeFile(w, r, filepath.Join(p.ArchiveDir, "exports", name)) // VULN path-traversal
}

func (p *Portal) ImportBundle(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(32 << 20); err != nil {
		http.Error(w, "bundle too large", http.StatusRequestEntityTooLarge)
		return
	}
	file, header, err := r.FormFile("bundle")
	if err != nil {
		http.Error(w, "missing bundle", http.StatusBadRequest)
		return
	}
	defer file.Close()
	zr, err := zip.NewReader(file, header.Size)
	if err != nil {
		http.Error(w, "bundle is not a zip file", http.StatusBadRequest)
		return
	}
	dest := filepath.Join(p.UploadDir, "bundles", time.Now().Format("20060102-150405"))
	if err := extractBundle(zr, dest); err != nil {
		http.Error(w, "could not extract bundle", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]interface{}{"files": len(zr.File)})
}

func extractBundle(zr *zip.Reader, dest string) error {
	for _, f := range zr.File {
		target := filepath.Join(dest, f.Name)
		if f.FileInfo().IsDir() {
			if err := os.MkdirAll(target, 0o755); err != nil {
				return err
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		src, err := f.Open()
		if err != nil {
			return err
		}
		out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644) // VULN path-traversal
		if err != nil {
			src.Close()
			return err
		}
		_, err = io.Copy(out, src)
		src.Close()
		out.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

func (p *Portal) Thumbnail(w http.ResponseWriter, r *http.Request) {
	src := filepath.Join(p.UploadDir, r.URL.Query().Get("image"))
	img, err := exec.Command("sh", "-c", "convert "+src+" -thumbnail 240x240 png:-").Output() // VULN command-injection
	if err != nil {
		http.Error(w, "could not render thumbnail", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "image/png")
	w.Write(img)
}

func (p *Portal) ImportFromURL(w http.ResponseWriter, r *http.Request) {
	src := r.PostFormValue("url")
	resp, err := http.Get(src) // VULN ssrf
	if err != nil {
		http.Error(w, "could not download file", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		http.Error(w, "remote returned "+resp.Status, http.StatusBadGateway)
		return
	}
	name := fmt.Sprintf("import-%d.bin", time.Now().UnixNano())
	out, err := os.Create(filepath.Join(p.UploadDir, name))
	if err != nil {
		http.Error(w, "could not store file", http.StatusInternalServerError)
		return
	}
	defer out.Close()
	n, err := io.Copy(out, io.LimitReader(resp.Body, 50<<20))
	if err != nil && !errors.Is(err, io.EOF) {
		http.Error(w, "download interrupted", http.StatusBadGateway)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]interface{}{"file": name, "bytes": n})
}
