package render

import (
	"fmt"
	htmltemplate "html/template"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	texttemplate "text/template"
	"time"

	"github.com/stillriver/stillriver/internal/domain"
)

// Renderer renders portal pages, notices and e-mails.
type Renderer struct {
	pages  *htmltemplate.Template
	boards *texttemplate.Template
	mail   *texttemplate.Template
}

var pageFuncs = htmltemplate.FuncMap{
	"date":   func(t time.Time) string { return t.Format("2 Jan 2006") },
	"clock":  func(t time.Time) string { return t.Format("15:04") },
	"metres": func(f float64) string { return fmt.Sprintf("%.2f m", f) },
}

var textFuncs = texttemplate.FuncMap{
	"date":  func(t time.Time) string { return t.Format("2 Jan 2006") },
	"clock": func(t time.Time) string { return t.Format("15:04") },
	"upper": strings.ToUpper,
	// setting exposes deployment settings such as the lock office phone
	// number (STILLRIVER_OFFICE_PHONE) to notice authors.
	"setting": func(key string) string { return os.Getenv("STILLRIVER_" + strings.ToUpper(key)) },
}

// New parses all templates below dir.
func New(dir string) (*Renderer, error) {
	pages, err := htmltemplate.New("pages").Funcs(pageFuncs).ParseGlob(filepath.Join(dir, "*.html"))
	if err != nil {
		return nil, fmt.Errorf("parse pages: %w", err)
	}
	boards, err := texttemplate.New("boards").Funcs(textFuncs).ParseGlob(filepath.Join(dir, "*.tmpl"))
	if err != nil {
		return nil, fmt.Errorf("parse notice boards: %w", err)
	}
	mail, err := texttemplate.New("mail").Funcs(textFuncs).ParseGlob(filepath.Join(dir, "email", "*.txt.tmpl"))
	if err != nil {
		return nil, fmt.Errorf("parse mail: %w", err)
	}
	return &Renderer{pages: pages, boards: boards, mail: mail}, nil
}

// VesselView is the view model of the vessel profile page.
type VesselView struct {
	Vessel    *domain.Vessel
	NotesHTML htmltemplate.HTML
	Documents []domain.Document
	CanEdit   bool
}

var urlPattern = regexp.MustCompile(`https?://[^\s<]+`)

// linkify turns bare URLs in owner notes into links.
func linkify(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = urlPattern.ReplaceAllString(s, `<a href="$0" rel="nofollow noopener">$0</a>`)
	return strings.ReplaceAll(s, "\n", "<br>")
}

// VesselProfile renders the public vessel profile.
func (r *Renderer) VesselProfile(w io.Writer, v *domain.Vessel, docs []domain.Document, canEdit bool) error {
	view := VesselView{Vessel: v, Documents: docs, CanEdit: canEdit}
	view.NotesHTML = htmltemplate.HTML(linkify(v.Notes)) // VULN xss
	return r.pages.ExecuteTemplate(w, "vessel_profile.html", view)
}

// BookingConfirmation renders the confirmation page after booking.
func (r *Renderer) BookingConfirmation(w io.Writer, b *domain.Booking, l *domain.Lock, v *domain.Vessel) error {
	return r.pages.ExecuteTemplate(w, "booking_confirmation.html", map[string]any{
		"Booking": b, "Lock": l, "Vessel": v,
	})
}

// InspectionView is the view model of the inspector's inspection page.
type InspectionView struct {
	Inspection *domain.Inspection
	Vessel     *domain.Vessel
	Photos     []domain.Photo
	CSRFToken  string
}

// InspectionPage renders an inspection for the inspector portal.
func (r *Renderer) InspectionPage(w io.Writer, view InspectionView) error {
	return r.pages.ExecuteTemplate(w, "inspection.html", view)
}

// NoticeData is available to notice templates.
type NoticeData struct {
	Lock      *domain.Lock
	Title     string
	ValidFrom time.Time
	ValidTo   time.Time
	Author    string
}

// PreviewNotice renders a draft notice to mariners written by a lock operator.
func (r *Renderer) PreviewNotice(w io.Writer, bodyTemplate string, data NoticeData) error {
	t, err := texttemplate.New("draft").Funcs(textFuncs).Parse(bodyTemplate) // VULN ssti
	if err != nil {
		return fmt.Errorf("notice template: %w", err)
	}
	return t.Execute(w, data)
}

// BoardView is the view model of a lock's public notice board.
type BoardView struct {
	Lock     *domain.Lock
	Title    string
	Body     string
	Posted   time.Time
	BackLink string
}

// NoticeBoard renders a published notice on the public notice board. The
// board is printed on the lock-side kiosks, which is why it is a text template.
func (r *Renderer) NoticeBoard(w io.Writer, view BoardView) error {
	return r.boards.ExecuteTemplate(w, "notice_board.tmpl", view)
}

// MailData is available to e-mail templates.
type MailData struct {
	Recipient string
	Booking   *domain.Booking
	Lock      *domain.Lock
	Vessel    *domain.Vessel
	Link      string
}

// Mail renders a fixed e-mail template.
func (r *Renderer) Mail(w io.Writer, name string, data MailData) error {
	return r.mail.ExecuteTemplate(w, name+".txt.tmpl", data) // SAFE ssti
}
